import { describe, expect, it } from "vitest";
import { flagTrigger } from "./flag-trigger";

describe("flagTrigger", () => {
  it("names where the text was written and each category once", () => {
    expect(flagTrigger("advice", ["self-harm", "danger", "self-harm"])).toBe(
      "advice:self-harm,danger",
    );
    expect(flagTrigger("reflection", ["abuse"])).toBe("reflection:abuse");
  });
});
