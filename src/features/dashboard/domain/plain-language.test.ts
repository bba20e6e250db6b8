import { describe, expect, it } from "vitest";
import { pairedChange, unpairedChangeFromScores } from "./effect-sizes";
import { describeChange, roundToOneDecimal } from "./plain-language";

describe("describeChange", () => {
  it("describes a paired rise with its interval (the issue's n = 23 example)", () => {
    // Change 3.4, SD 12, n 23: CI -1.7892 .. 8.5892 -> -1.8 .. 8.6; d_z 0.283 = small.
    expect(describeChange(pairedChange({ n: 23, mean: 3.4, sd: 12 }))).toEqual({
      direction: "rose",
      points: 3.4,
      magnitude: "small",
      n: 23,
      ciLow: -1.8,
      ciHigh: 8.6,
      paired: true,
    });
  });

  it("describes a fall with a positive number of points, rounding half away from zero", () => {
    // Change -2.25, SD 5, n 10: SE 1.5811, t(0.975, 9) = 2.2622, CI -5.8268 .. 1.3268;
    // d_z = -0.45 = small. Points: |-2.25| -> 2.3 (not 2.2, as Math.round(-22.5) would give).
    expect(describeChange(pairedChange({ n: 10, mean: -2.25, sd: 5 }))).toEqual({
      direction: "fell",
      points: 2.3,
      magnitude: "small",
      n: 10,
      ciLow: -5.8,
      ciHigh: 1.3,
      paired: true,
    });
  });

  it("calls a change that rounds to 0.0 unchanged, with 0 points", () => {
    for (const mean of [0.04, -0.04, 0]) {
      const description = describeChange(pairedChange({ n: 30, mean, sd: 8 }));
      expect(description?.direction).toBe("unchanged");
      expect(Object.is(description?.points, 0)).toBe(true);
      expect(description?.magnitude).toBe("negligible");
    }
    // 0.05 rounds up to 0.1: a (tiny) rise.
    expect(describeChange(pairedChange({ n: 30, mean: 0.05, sd: 8 }))?.direction).toBe("rose");
  });

  it("describes an unpaired change, n being both rounds together", () => {
    // Hand example of effect-sizes.test.ts: +15, Welch CI -7.3171 .. 37.3171, g 1.068 = large.
    expect(describeChange(unpairedChangeFromScores([40, 50, 60], [50, 60, 70, 80]))).toEqual({
      direction: "rose",
      points: 15,
      magnitude: "large",
      n: 7,
      ciLow: -7.3,
      ciHigh: 37.3,
      paired: false,
    });
  });

  it("leaves out what the data cannot give", () => {
    expect(describeChange(pairedChange({ n: 0, mean: null, sd: null }))).toBeNull();
    expect(describeChange(pairedChange({ n: 1, mean: 6, sd: null }))).toMatchObject({
      direction: "rose",
      points: 6,
      magnitude: null,
      ciLow: null,
      ciHigh: null,
    });
    // No spread: an interval of zero width, no effect size.
    expect(describeChange(pairedChange({ n: 6, mean: 2, sd: 0 }))).toMatchObject({
      magnitude: null,
      ciLow: 2,
      ciHigh: 2,
    });
  });
});

describe("roundToOneDecimal", () => {
  it("rounds half away from zero despite binary noise", () => {
    expect(roundToOneDecimal(0.15)).toBe(0.2); // 0.15 * 10 = 1.4999999999999998 in binary
    expect(roundToOneDecimal(-0.15)).toBe(-0.2);
    expect(roundToOneDecimal(2.25)).toBe(2.3);
    expect(roundToOneDecimal(-2.25)).toBe(-2.3);
    expect(roundToOneDecimal(1.0499)).toBe(1);
    expect(roundToOneDecimal(54.457)).toBe(54.5);
  });

  it("never returns -0 and refuses non-finite numbers", () => {
    expect(Object.is(roundToOneDecimal(-0.04), 0)).toBe(true);
    expect(() => roundToOneDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => roundToOneDecimal(Infinity)).toThrow(RangeError);
  });
});
