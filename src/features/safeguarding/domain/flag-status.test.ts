import { describe, expect, it } from "vitest";
import { canAdvance, statusesBefore } from "./flag-status";

describe("flag status", () => {
  it("only moves forward", () => {
    expect(canAdvance("NEW", "ACKNOWLEDGED")).toBe(true);
    expect(canAdvance("NEW", "RESOLVED")).toBe(true);
    expect(canAdvance("ACKNOWLEDGED", "RESOLVED")).toBe(true);
    expect(canAdvance("ACKNOWLEDGED", "NEW")).toBe(false);
    expect(canAdvance("RESOLVED", "ACKNOWLEDGED")).toBe(false);
    expect(canAdvance("RESOLVED", "NEW")).toBe(false);
    expect(canAdvance("NEW", "NEW")).toBe(false);
    expect(canAdvance("RESOLVED", "RESOLVED")).toBe(false);
  });

  it("lists where a flag may come from", () => {
    expect(statusesBefore("NEW")).toEqual([]);
    expect(statusesBefore("ACKNOWLEDGED")).toEqual(["NEW"]);
    expect(statusesBefore("RESOLVED")).toEqual(["NEW", "ACKNOWLEDGED"]);
  });
});
