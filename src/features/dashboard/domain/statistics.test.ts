import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bandShares,
  boundedMeanInterval,
  binIndex,
  countBands,
  countValues,
  criticalT,
  emptyHistogram,
  favourableShare,
  histogram,
  isFavourable,
  mean,
  meanEstimate,
  meanEstimateFromSummary,
  sampleSd,
  standardError,
  summarise,
} from "./statistics";

describe("mean, sample SD and standard error", () => {
  // By hand, for [60, 70, 80, 90]:
  //   mean = 300 / 4 = 75
  //   deviations -15, -5, 5, 15; squares 225 + 25 + 25 + 225 = 500
  //   SD = √(500 / 3) = √166.667 = 12.9099
  //   SE = 12.9099 / √4 = 6.4550
  //   t(0.975, 3) = 3.182; half-width 3.1824 × 6.4550 = 20.543
  //   95% CI = 75 ± 20.543 = 54.457 .. 95.543
  const scores = [60, 70, 80, 90];

  it("matches the hand computation", () => {
    expect(mean(scores)).toBe(75);
    expect(sampleSd(scores)).toBeCloseTo(12.9099, 4);
    expect(standardError(scores)).toBeCloseTo(6.455, 3);
    expect(summarise(scores)).toEqual({ n: 4, mean: 75, sd: Math.sqrt(500 / 3) });
  });

  it("gives the 95% CI of the mean on the logit scale, so it respects 0-100", () => {
    // p = 0.75, logit 1.0986; SE on the logit scale 6.4550 / (100 × 0.75 × 0.25) = 0.34427;
    // t(0.975, 3) = 3.1824; 1.0986 ± 1.0956 = 0.0030 .. 2.1942; back: 50.08 .. 89.97.
    const estimate = meanEstimate(scores);
    expect(criticalT(3)).toBeCloseTo(3.182, 3);
    expect(estimate.n).toBe(4);
    expect(estimate.level).toBe(0.95);
    expect(estimate.ci?.low).toBeCloseTo(50.08, 1);
    expect(estimate.ci?.high).toBeCloseTo(89.97, 1);
  });

  it("builds the same estimate from SQL aggregates (count, avg, stddev_samp)", () => {
    // n = 23, mean 61.2, SD 14: SE = 14 / √23 = 2.9192; t(0.975, 22) = 2.0739. In the middle
    // of the range the interval is close to the t interval 55.146 .. 67.254.
    const estimate = meanEstimateFromSummary({ n: 23, mean: 61.2, sd: 14 });
    expect(estimate.se).toBeCloseTo(2.9192, 4);
    expect(estimate.ci?.low).toBeCloseTo(55.0, 0);
    expect(estimate.ci?.high).toBeCloseTo(67.1, 0);
  });

  it("never reaches below 0 or above 100 for a small, spread group", () => {
    // The reported case: mean 50 of two scores 0 and 100 gave -585 .. 685 as mean ± t·se;
    // a group of five with SD 46.9 gave "-7.5 to 107.5".
    for (const summary of [
      { n: 2, mean: 50, sd: Math.SQRT2 * 50 },
      { n: 5, mean: 50, sd: 46.9 },
      { n: 3, mean: 96, sd: 6.9 },
      { n: 3, mean: 4, sd: 6.9 },
    ]) {
      const { ci } = meanEstimateFromSummary(summary);
      expect(ci).not.toBeNull();
      expect(ci!.low).toBeGreaterThanOrEqual(0);
      expect(ci!.high).toBeLessThanOrEqual(100);
      expect(ci!.low).toBeLessThanOrEqual(summary.mean);
      expect(ci!.high).toBeGreaterThanOrEqual(summary.mean);
    }
  });

  it("leans away from the nearer end and narrows with a lower confidence level", () => {
    const high = meanEstimateFromSummary({ n: 10, mean: 90, sd: 10 }).ci!;
    expect(90 - high.low).toBeGreaterThan(high.high - 90);
    const middle = meanEstimateFromSummary({ n: 23, mean: 50, sd: 14 }).ci!;
    expect(50 - middle.low).toBeCloseTo(middle.high - 50, 10);
    const at95 = meanEstimateFromSummary({ n: 23, mean: 61.2, sd: 14 });
    const at90 = meanEstimateFromSummary({ n: 23, mean: 61.2, sd: 14 }, 0.9);
    expect(at90.ci && at95.ci && at90.ci.high < at95.ci.high).toBe(true);
    expect(at90.ci && at95.ci && at90.ci.low > at95.ci.low).toBe(true);
  });

  it("matches the t interval for a large group with little spread", () => {
    // 90% uses t(0.95, df): n = 100, SD 0.5, SE 0.05, t(0.95, 99) = 1.6604.
    const big = meanEstimateFromSummary({ n: 100, mean: 70, sd: 0.5 }, 0.9);
    expect(big.ci?.low).toBeCloseTo(70 - 1.6604 * 0.05, 3);
    expect(big.ci?.high).toBeCloseTo(70 + 1.6604 * 0.05, 3);
  });

  it("stays inside 0-100 and holds the mean, for any scores (property)", () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 2, maxLength: 40 }),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        (values, level) => {
          const { mean: m, ci } = meanEstimate(values, level);
          expect(ci).not.toBeNull();
          expect(ci!.low).toBeGreaterThanOrEqual(0);
          expect(ci!.high).toBeLessThanOrEqual(100);
          // Rounding of the mean itself may sit a hair outside a zero-width interval.
          expect(ci!.low).toBeLessThanOrEqual(m! + 1e-9);
          expect(ci!.high).toBeGreaterThanOrEqual(m! - 1e-9);
        },
      ),
    );
  });

  it("stays inside any bounds, also for aggregates rounded onto an end (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (min, span, at, se, df) => {
          const bounds = { min, max: min + span };
          const estimate = min + span * at;
          const ci = boundedMeanInterval(estimate, se, df, bounds);
          expect(ci.low).toBeGreaterThanOrEqual(bounds.min);
          expect(ci.high).toBeLessThanOrEqual(bounds.max);
          expect(ci.low).toBeLessThanOrEqual(ci.high);
        },
      ),
    );
  });

  it("returns nulls, never NaN, for n = 0 and n = 1", () => {
    expect(mean([])).toBeNull();
    expect(sampleSd([])).toBeNull();
    expect(standardError([])).toBeNull();
    expect(meanEstimate([])).toEqual({
      n: 0,
      mean: null,
      sd: null,
      se: null,
      ci: null,
      level: 0.95,
    });
    expect(sampleSd([72.5])).toBeNull();
    expect(meanEstimate([72.5])).toMatchObject({ n: 1, mean: 72.5, sd: null, se: null, ci: null });
  });

  it("gives a zero-width interval when every score is the same", () => {
    expect(meanEstimate([50, 50, 50])).toMatchObject({ sd: 0, se: 0, ci: { low: 50, high: 50 } });
  });

  it("refuses a confidence level outside (0, 1)", () => {
    expect(() => criticalT(5, 1)).toThrow(RangeError);
    expect(() => criticalT(5, 0)).toThrow(RangeError);
  });
});

describe("histogram", () => {
  it("puts scores in 10 bins of 10, with 100 in the last bin", () => {
    const bins = histogram([0, 9.9, 10, 55.5, 99.9, 100, 100]);
    expect(bins).toHaveLength(10);
    expect(bins.map((bin) => bin.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 3]);
    expect(bins[0]).toEqual({ from: 0, to: 10, count: 2 });
    expect(bins[9]).toEqual({ from: 90, to: 100, count: 3 });
  });

  it("places boundaries in the upper bin, as SQL's width_bucket does below 100", () => {
    expect(binIndex(0)).toBe(0);
    expect(binIndex(19.9)).toBe(1);
    expect(binIndex(20)).toBe(2);
    expect(binIndex(70)).toBe(7);
    expect(binIndex(100)).toBe(9);
    expect(binIndex(100, 5)).toBe(4);
  });

  it("supports other bin counts", () => {
    expect(emptyHistogram(4).map((bin) => [bin.from, bin.to])).toEqual([
      [0, 25],
      [25, 50],
      [50, 75],
      [75, 100],
    ]);
    expect(histogram([], 4).every((bin) => bin.count === 0)).toBe(true);
  });

  it("refuses scores outside 0-100 and bad bin counts", () => {
    expect(() => histogram([101])).toThrow(RangeError);
    expect(() => histogram([-0.1])).toThrow(RangeError);
    expect(() => histogram([Number.NaN])).toThrow(RangeError);
    expect(() => emptyHistogram(0)).toThrow(RangeError);
    expect(() => emptyHistogram(2.5)).toThrow(RangeError);
  });
});

describe("bandShares", () => {
  it("gives each band's share in LOW, MID, HIGH order", () => {
    // 3 + 5 + 2 = 10 respondents: 3/10, 5/10, 2/10.
    expect(bandShares({ HIGH: 2, LOW: 3, MID: 5 })).toEqual({
      n: 10,
      bands: [
        { band: "LOW", count: 3, share: 0.3 },
        { band: "MID", count: 5, share: 0.5 },
        { band: "HIGH", count: 2, share: 0.2 },
      ],
    });
  });

  it("treats a missing band as 0 and has no shares without respondents", () => {
    expect(bandShares({ LOW: 4 }).bands.map((b) => b.share)).toEqual([1, 0, 0]);
    expect(bandShares({}).bands.map((b) => b.share)).toEqual([null, null, null]);
  });

  it("counts bands, leaving out respondents without a score", () => {
    expect(countBands(["LOW", null, "HIGH", "LOW"])).toEqual({ LOW: 2, MID: 0, HIGH: 1 });
  });

  it("refuses counts that are not whole numbers", () => {
    expect(() => bandShares({ LOW: -1 })).toThrow(RangeError);
    expect(() => bandShares({ MID: 1.5 })).toThrow(RangeError);
  });
});

describe("% favourable", () => {
  // A 1-7 agreement scale, 16 answers: value (count) 1 (1), 2 (1), 3 (2), 4 (3), 5 (4), 6 (3),
  // 7 (2). Midpoint (1 + 7) / 2 = 4, which is neutral.
  //   favourable: 5, 6, 7 -> 4 + 3 + 2 = 9 of 16 = 0.5625
  //   reverse-scored ("I feel like an outsider"): 1, 2, 3 -> 1 + 1 + 2 = 4 of 16 = 0.25
  const answers = countValues([1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 7, 7]);

  it("counts answers above the midpoint", () => {
    expect(answers).toHaveLength(7);
    expect(favourableShare(answers, { min: 1, max: 7 })).toEqual({
      n: 16,
      favourable: 9,
      share: 0.5625,
    });
  });

  it("counts answers below the midpoint for a reverse-scored item", () => {
    expect(favourableShare(answers, { min: 1, max: 7, reverse: true })).toEqual({
      n: 16,
      favourable: 4,
      share: 0.25,
    });
  });

  it("never counts the neutral midpoint, and splits an even scale in half", () => {
    expect(isFavourable(4, { min: 1, max: 7 })).toBe(false);
    expect(isFavourable(4, { min: 1, max: 7, reverse: true })).toBe(false);
    // 1-4 scale: midpoint 2.5, so 3 and 4 are favourable.
    expect([1, 2, 3, 4].map((v) => isFavourable(v, { min: 1, max: 4 }))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(() => isFavourable(3, { min: 5, max: 5 })).toThrow(RangeError);
  });

  it("accepts a custom rule, and has no share without answers", () => {
    expect(favourableShare(answers, (value) => value >= 6).share).toBeCloseTo(5 / 16, 12);
    expect(favourableShare([], { min: 1, max: 7 })).toEqual({ n: 0, favourable: 0, share: null });
  });
});
