import { describe, expect, it } from "vitest";
import { describeOrigin } from "./story-origin";

describe("describeOrigin", () => {
  it("calls a set real students' own stories only when every story was told with consent", () => {
    expect(describeOrigin([{ source: "told-with-consent" }, { source: "told-with-consent" }])).toBe(
      "told-with-consent",
    );
    expect(describeOrigin([{ source: "told-with-consent" }, { source: "composite" }])).toBe(
      "composite",
    );
    expect(describeOrigin([{ source: "composite" }])).toBe("composite");
  });

  it("claims nothing about an empty set", () => {
    expect(describeOrigin([])).toBe("composite");
  });
});
