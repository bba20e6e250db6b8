import { describe, expect, it } from "vitest";
import { formatDay, parseDay, windowProblems } from "./shared-rounds";

const now = new Date("2026-09-10T12:00:00Z");
const days = (opens: string, closes: string) => ({
  opensOn: parseDay(opens),
  closesOn: parseDay(closes),
});

describe("a shared round's days", () => {
  it("reads a form's date as that calendar day, and refuses days that do not exist", () => {
    expect(formatDay(parseDay("2026-10-01"))).toBe("2026-10-01");
    expect(parseDay("2026-02-30").getTime()).toBeNaN();
    expect(parseDay("1 October").getTime()).toBeNaN();
  });

  it("accepts one day or more, from today on, up to a year", () => {
    expect(windowProblems(days("2026-09-10", "2026-09-10"), now)).toEqual([]);
    expect(windowProblems(days("2026-09-01", "2026-09-10"), now)).toEqual([]);
    expect(windowProblems(days("2026-09-10", "2027-09-10"), now)).toEqual([]);
  });

  it("says what is wrong with days that make no sensible round", () => {
    expect(windowProblems(days("2026-09-20", "2026-09-19"), now)).toEqual([
      { field: "closesOn", problem: "closesBeforeOpens" },
    ]);
    expect(windowProblems(days("2026-09-01", "2026-09-09"), now)).toEqual([
      { field: "closesOn", problem: "closesInPast" },
    ]);
    expect(windowProblems(days("2026-09-10", "2027-09-11"), now)).toEqual([
      { field: "closesOn", problem: "windowTooLong" },
    ]);
  });

  it("opens a follow-up only after its baseline's last day", () => {
    const baseline = { closesOn: parseDay("2026-09-30") };
    expect(windowProblems(days("2026-09-30", "2026-10-30"), now, baseline)).toEqual([
      { field: "opensOn", problem: "opensBeforeBaselineCloses" },
    ]);
    expect(windowProblems(days("2026-10-01", "2026-10-30"), now, baseline)).toEqual([]);
  });
});
