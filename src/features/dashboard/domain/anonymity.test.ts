import { describe, expect, it } from "vitest";
import {
  applySuppression,
  minGroupSize,
  safeDifference,
  safeDifferenceOfCounts,
  selectShowableSets,
  suppress,
} from "./anonymity";

const ids = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `p${from + i}`);

describe("minGroupSize", () => {
  it("defaults to 5 and never goes below 3", () => {
    expect(minGroupSize()).toBe(5);
    expect(minGroupSize(null)).toBe(5);
    expect(minGroupSize(Number.NaN)).toBe(5);
    expect(minGroupSize(7)).toBe(7);
    expect(minGroupSize(3)).toBe(3);
    expect(minGroupSize(2)).toBe(3);
    expect(minGroupSize(0)).toBe(3);
    expect(minGroupSize(-4)).toBe(3);
    // A fractional setting rounds up: the stricter side.
    expect(minGroupSize(3.2)).toBe(4);
  });
});

describe("suppress", () => {
  const figure = (n: number) => ({ n, mean: 61.5, ciLow: 55.1, ciHigh: 67.9 });

  it("hides n = k - 1 with no numbers at all, and shows n = k", () => {
    const hidden = suppress(figure(4), 5);
    expect(hidden).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(Object.keys(hidden).sort()).toEqual(["k", "reason", "suppressed"]);
    expect(suppress(figure(5), 5)).toEqual({ ...figure(5), suppressed: false });
    expect(suppress(figure(0), 5).suppressed).toBe(true);
  });

  it("clamps a k below 3 to 3", () => {
    expect(suppress(figure(2), 2)).toEqual({ suppressed: true, reason: "fewer-than-k", k: 3 });
    expect(suppress(figure(2), 1).suppressed).toBe(true);
    expect(suppress(figure(3), 1).suppressed).toBe(false);
  });
});

describe("applySuppression", () => {
  const reasons = (cells: ReturnType<typeof applySuppression>) =>
    Object.fromEntries(cells.map((c) => [c.key, c.suppressed ? c.reason : "shown"]));

  it("hides a second group when exactly one group is small, so subtraction gives nothing", () => {
    // Round of 40: A 12 (mean 70), B 4 (mean 40), C 9 (mean 60), D 15 (mean 65); round mean
    // (840 + 160 + 540 + 975) / 40 = 62.875. Hiding only B gives it away by subtraction:
    // (40 · 62.875 - 12 · 70 - 9 · 60 - 15 · 65) / 4 = 160 / 4 = 40.
    const table = [
      { key: "A", n: 12, mean: 70 },
      { key: "B", n: 4, mean: 40 },
      { key: "C", n: 9, mean: 60 },
      { key: "D", n: 15, mean: 65 },
    ];
    const cells = applySuppression(table, { k: 5, total: 40 });
    expect(reasons(cells)).toEqual({
      A: "shown",
      B: "fewer-than-k",
      C: "complementary", // the next smallest: parent - A - D now mixes B with C's 9
      D: "shown",
    });
    expect(cells[1]).toEqual({ key: "B", suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(cells[0]).toEqual({ key: "A", n: 12, mean: 70, suppressed: false });
    // What subtraction now recovers: (2515 - 840 - 975) / 13, B and C mixed, 13 >= k.
    const shownN = cells.reduce((sum, c) => sum + (c.suppressed ? 0 : c.n), 0);
    expect(40 - shownN).toBe(13);
  });

  it("hides nothing when every group reaches k", () => {
    const cells = applySuppression(
      [
        { key: "A", n: 5 },
        { key: "B", n: 9 },
      ],
      { k: 5 },
    );
    expect(cells.every((c) => !c.suppressed)).toBe(true);
  });

  it("keeps hiding until the hidden groups hold k together, not just two groups", () => {
    // A 1 and B 1 are both small, but together they are 2 < 5: C must go too.
    const table = [
      { key: "A", n: 1 },
      { key: "B", n: 1 },
      { key: "C", n: 20 },
      { key: "D", n: 30 },
    ];
    expect(reasons(applySuppression(table, { k: 5 }))).toEqual({
      A: "fewer-than-k",
      B: "fewer-than-k",
      C: "complementary",
      D: "shown",
    });
    // 3 + 4 = 7 >= 5: the two small groups protect each other.
    const enough = [
      { key: "A", n: 3 },
      { key: "B", n: 4 },
      { key: "C", n: 20 },
    ];
    expect(reasons(applySuppression(enough, { k: 5 }))).toEqual({
      A: "fewer-than-k",
      B: "fewer-than-k",
      C: "shown",
    });
  });

  it("counts respondents in no group as a hidden remainder of the total", () => {
    // 25 in the round, 22 in groups: round - A - B describes 3 students.
    const table = [
      { key: "A", n: 10 },
      { key: "B", n: 12 },
    ];
    expect(reasons(applySuppression(table, { k: 5, total: 25 }))).toEqual({
      A: "complementary",
      B: "shown",
    });
    // A remainder of 8 >= 5 is safe on its own.
    expect(reasons(applySuppression(table, { k: 5, total: 30 }))).toEqual({
      A: "shown",
      B: "shown",
    });
  });

  it("needs no second group when the small one is empty", () => {
    const table = [
      { key: "A", n: 0 },
      { key: "B", n: 10 },
      { key: "C", n: 12 },
    ];
    expect(reasons(applySuppression(table, { k: 5 }))).toEqual({
      A: "fewer-than-k",
      B: "shown",
      C: "shown",
    });
  });

  it("hides the whole breakdown when nothing less protects the small group", () => {
    const table = [
      { key: "A", n: 2 },
      { key: "B", n: 6 },
    ];
    expect(applySuppression(table, { k: 5 }).every((c) => c.suppressed)).toBe(true);
  });

  it("breaks ties by input order and clamps k to 3", () => {
    const table = [
      { key: "A", n: 6 },
      { key: "B", n: 6 },
      { key: "C", n: 2 },
    ];
    expect(reasons(applySuppression(table, { k: 5 }))).toEqual({
      A: "complementary",
      B: "shown",
      C: "fewer-than-k",
    });
    const clamped = applySuppression([{ key: "A", n: 2 }], { k: 1 });
    expect(clamped[0]).toEqual({ key: "A", suppressed: true, reason: "fewer-than-k", k: 3 });
  });

  it("refuses overlapping rows and duplicate keys", () => {
    const a = { key: "A", n: 10 };
    const b = { key: "B", n: 10 };
    expect(() => applySuppression([a, b], { k: 5, total: 15 })).toThrow(RangeError);
    expect(() => applySuppression([a, a], { k: 5 })).toThrow(RangeError);
  });
});

describe("safeDifference", () => {
  it("refuses 'all of programme X' next to 'programme X without group Y' one student apart", () => {
    const programmeX = ids(1, 12);
    const withoutGroupY = ids(1, 11); // group Y's only respondent in X is p12
    expect(safeDifference(programmeX, withoutGroupY, 5)).toEqual({
      safe: false,
      suppressed: true,
      reason: "small-difference",
      k: 5,
    });
    expect(safeDifference(withoutGroupY, programmeX, 5).safe).toBe(false);
  });

  it("refuses a difference of k - 1 and allows one of k", () => {
    expect(safeDifference(ids(1, 15), ids(1, 11), 5).safe).toBe(false);
    expect(safeDifference(ids(1, 15), ids(1, 10), 5).safe).toBe(true);
  });

  it("checks both sides of a partial overlap", () => {
    // A = p1..p10, B = p2..p20: B \ A is 10, but A \ B is just p1.
    expect(safeDifference(ids(1, 10), ids(2, 20), 5).safe).toBe(false);
    expect(safeDifference(ids(1, 10), ids(6, 20), 5).safe).toBe(true);
  });

  it("allows equal and disjoint sets, and ignores duplicate ids", () => {
    expect(safeDifference(ids(1, 8), new Set(ids(1, 8)), 5).safe).toBe(true);
    expect(safeDifference(ids(1, 10), ids(11, 22), 5).safe).toBe(true);
    expect(safeDifference([...ids(1, 8), "p8"], ids(1, 8), 5).safe).toBe(true);
  });

  it("works from counts and clamps k to 3", () => {
    expect(safeDifferenceOfCounts({ sizeA: 30, sizeB: 29, overlap: 29 }, 5).safe).toBe(false);
    expect(safeDifferenceOfCounts({ sizeA: 30, sizeB: 30, overlap: 30 }, 5).safe).toBe(true);
    expect(safeDifferenceOfCounts({ sizeA: 10, sizeB: 8, overlap: 8 }, 2)).toMatchObject({
      safe: false,
      k: 3,
    });
    expect(() => safeDifferenceOfCounts({ sizeA: 3, sizeB: 9, overlap: 4 }, 5)).toThrow(RangeError);
  });
});

describe("selectShowableSets", () => {
  it("shows sets in priority order, skipping small ones and small differences", () => {
    const result = selectShowableSets(
      [
        { key: "programme-x", respondents: ids(1, 12) },
        { key: "programme-x-without-y", respondents: ids(1, 11) },
        { key: "group-z", respondents: ids(30, 33) },
        { key: "group-w", respondents: ids(40, 47) },
      ],
      5,
    );
    expect(result).toEqual([
      { key: "programme-x", result: { suppressed: false } },
      {
        key: "programme-x-without-y",
        result: { suppressed: true, reason: "small-difference", k: 5 },
      },
      { key: "group-z", result: { suppressed: true, reason: "fewer-than-k", k: 5 } },
      { key: "group-w", result: { suppressed: false } },
    ]);
  });
});
