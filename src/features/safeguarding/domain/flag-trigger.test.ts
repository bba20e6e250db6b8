import { describe, expect, it } from "vitest";
import { readFlagTrigger } from "./flag-trigger";

describe("readFlagTrigger", () => {
  it("reads the categories of a trigger in their usual order", () => {
    expect(readFlagTrigger("reflection:bullying,self-harm")).toEqual({
      categories: ["self-harm", "bullying"],
      other: [],
    });
  });
  it("keeps what it does not know, so nothing stored is hidden", () => {
    expect(readFlagTrigger("advice:danger,stalking")).toEqual({
      categories: ["danger"],
      other: ["stalking"],
    });
    expect(readFlagTrigger("manual")).toEqual({ categories: [], other: ["manual"] });
  });
});
