import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  magnitudeOf,
  pairedChange,
  pairedChangeFromPairs,
  unpairedChange,
  unpairedChangeFromScores,
} from "./effect-sizes";

describe("magnitudeOf", () => {
  it("follows Cohen's 0.2 / 0.5 / 0.8 on the absolute value", () => {
    expect(magnitudeOf(0)).toBe("negligible");
    expect(magnitudeOf(0.19)).toBe("negligible");
    expect(magnitudeOf(0.2)).toBe("small");
    expect(magnitudeOf(-0.49)).toBe("small");
    expect(magnitudeOf(0.5)).toBe("medium");
    expect(magnitudeOf(0.79)).toBe("medium");
    expect(magnitudeOf(0.8)).toBe("large");
    expect(magnitudeOf(-1.2)).toBe("large");
  });
});

describe("pairedChange", () => {
  // By hand: five participants, baseline 50 60 55 70 65, follow-up 51 63 60 77 74.
  //   differences 1 3 5 7 9: mean 5; deviations -4 -2 0 2 4, squares sum 40; SD = √(40/4) = 3.1623
  //   SE = 3.1623 / √5 = √2 = 1.4142; t(0.975, 4) = 2.7764; half-width 3.9265
  //   95% CI of the change: 1.0735 .. 8.9265
  //   d_z = 5 / 3.1623 = 1.5811 (large)
  //   SE(d_z) = √(1/5 + 1.5811²/(2·5)) = √(0.2 + 0.25) = 0.67082
  //   95% CI of d_z: 1.5811 ± 1.96 × 0.67082 = 1.5811 ± 1.3148 = 0.2664 .. 2.8959
  const pairs = [
    { baseline: 50, followUp: 51 },
    { baseline: 60, followUp: 63 },
    { baseline: 55, followUp: 60 },
    { baseline: 70, followUp: 77 },
    { baseline: 65, followUp: 74 },
  ];

  it("matches the hand computation", () => {
    const change = pairedChangeFromPairs(pairs);
    expect(change.paired).toBe(true);
    expect(change.n).toBe(5);
    expect(change.meanDifference).toBe(5);
    expect(change.sdDifference).toBeCloseTo(3.1623, 4);
    expect(change.ci?.low).toBeCloseTo(1.0735, 4);
    expect(change.ci?.high).toBeCloseTo(8.9265, 4);
    expect(change.dz).toBeCloseTo(1.5811, 4);
    expect(change.dzCi?.low).toBeCloseTo(0.2664, 4);
    expect(change.dzCi?.high).toBeCloseTo(2.8959, 4);
    expect(change.magnitude).toBe("large");
  });

  it("works from SQL aggregates of the differences", () => {
    // n = 23, mean change 3.4, SD 12:
    //   SE = 12/√23 = 2.5022; t(0.975, 22) = 2.0739; CI 3.4 ± 5.1892 = -1.7892 .. 8.5892
    //   d_z = 3.4/12 = 0.2833 (small); SE = √(1/23 + 0.2833²/46) = 0.21266
    //   CI of d_z: 0.2833 ± 1.96 × 0.21266 = -0.1335 .. 0.7001
    const change = pairedChange({ n: 23, mean: 3.4, sd: 12 });
    expect(change.ci?.low).toBeCloseTo(-1.7892, 4);
    expect(change.ci?.high).toBeCloseTo(8.5892, 4);
    expect(change.dz).toBeCloseTo(0.2833, 4);
    expect(change.dzCi?.low).toBeCloseTo(-0.1335, 4);
    expect(change.dzCi?.high).toBeCloseTo(0.7001, 4);
    expect(change.magnitude).toBe("small");
  });

  it("gives intervals symmetric around the estimates, mirrored for a fall", () => {
    const rise = pairedChange({ n: 23, mean: 3.4, sd: 12 });
    const fall = pairedChange({ n: 23, mean: -3.4, sd: 12 });
    for (const change of [rise, fall]) {
      const { ci, dzCi, meanDifference, dz } = change;
      if (!ci || !dzCi || meanDifference === null || dz === null) throw new Error("incomplete");
      expect(meanDifference - ci.low).toBeCloseTo(ci.high - meanDifference, 10);
      expect(dz - dzCi.low).toBeCloseTo(dzCi.high - dz, 10);
    }
    expect(fall.ci?.low).toBeCloseTo(-(rise.ci?.high ?? 0), 10);
    expect(fall.dz).toBeCloseTo(-(rise.dz ?? 0), 10);
  });

  it("covers the true change about 95% of the time (simulation, fixed seed)", () => {
    const random = mulberry32(20_240_601);
    const trueChange = 4;
    let covered = 0;
    const runs = 2000;
    for (let run = 0; run < runs; run++) {
      const diffs = Array.from({ length: 8 }, () => trueChange + 10 * normal(random));
      const { ci } = pairedChangeFromPairs(diffs.map((d) => ({ baseline: 50, followUp: 50 + d })));
      if (ci && ci.low <= trueChange && trueChange <= ci.high) covered += 1;
    }
    // Binomial SD at 95% of 2000 is about 0.5 percentage points: 93-97% is a wide margin.
    expect(covered / runs).toBeGreaterThan(0.93);
    expect(covered / runs).toBeLessThan(0.97);
  });

  it("has no effect size, not NaN or Infinity, when every change is the same", () => {
    const change = pairedChange({ n: 3, mean: 2, sd: 0 });
    expect(change).toMatchObject({ meanDifference: 2, sdDifference: 0, dz: null, dzCi: null });
    expect(change.magnitude).toBeNull();
    expect(change.ci).toEqual({ low: 2, high: 2 });
  });

  it("returns nulls for n = 0 and n = 1", () => {
    expect(pairedChangeFromPairs([])).toMatchObject({
      n: 0,
      meanDifference: null,
      ci: null,
      dz: null,
      magnitude: null,
    });
    expect(pairedChangeFromPairs([{ baseline: 40, followUp: 45 }])).toMatchObject({
      n: 1,
      meanDifference: 5,
      sdDifference: null,
      ci: null,
      dz: null,
    });
  });

  it("refuses a negative SD or a fractional n", () => {
    expect(() => pairedChange({ n: 5, mean: 1, sd: -1 })).toThrow(RangeError);
    expect(() => pairedChange({ n: 2.5, mean: 1, sd: 1 })).toThrow(RangeError);
  });
});

describe("unpairedChange", () => {
  // By hand: baseline 40 50 60 (mean 50, SD 10), follow-up 50 60 70 80 (mean 65,
  // SD √(500/3) = 12.910). Difference 65 - 50 = 15.
  //   pooled SD = √((2·100 + 3·166.67) / 5) = √140 = 11.8322; d = 15 / 11.8322 = 1.26773
  //   J = 1 - 3/(4·7 - 9) = 1 - 3/19 = 0.842105; g = 0.842105 × 1.26773 = 1.06756 (large)
  //   SE(g) = √(7/12 + 1.06756²/14) = √(0.583333 + 0.081406) = 0.815316
  //   CI of g: 1.06756 ± 1.96 × 0.815316 = -0.5304 .. 2.6656
  //   Welch: s1²/n1 = 33.333, s2²/n2 = 41.667, SE = √75 = 8.6603
  //     df = 75² / (33.333²/2 + 41.667²/3) = 5625 / 1134.26 = 4.9592; t(0.975, 4.9592) = 2.5770
  //     CI 15 ± 22.317 = -7.3171 .. 37.3171
  it("matches the hand computation", () => {
    const change = unpairedChangeFromScores([40, 50, 60], [50, 60, 70, 80]);
    expect(change).toMatchObject({ paired: false, nBaseline: 3, nFollowUp: 4 });
    expect(change.meanDifference).toBe(15);
    expect(change.pooledSd).toBeCloseTo(11.8322, 4);
    expect(change.g).toBeCloseTo(1.06756, 5);
    expect(change.gCi?.low).toBeCloseTo(-0.5304, 4);
    expect(change.gCi?.high).toBeCloseTo(2.6656, 4);
    expect(change.welchDf).toBeCloseTo(4.9592, 4);
    expect(change.ci?.low).toBeCloseTo(-7.3171, 4);
    expect(change.ci?.high).toBeCloseTo(37.3171, 4);
    expect(change.magnitude).toBe("large");
  });

  it("reproduces Lakens (2013, Front. Psychol. 4:863), the movie-rating example", () => {
    // Published: M = 8.7 (SD 0.82) vs 7.7 (SD 0.95), n = 10 each; Cohen's d_s = 1.13,
    // Hedges' g_s = 1.08. By hand: pooled SD = √((0.6724 + 0.9025)/2) = 0.88738;
    // d = 1.0 / 0.88738 = 1.1269; J = 1 - 3/71 = 0.95775; g = 1.0793.
    const change = unpairedChange({ n: 10, mean: 7.7, sd: 0.95 }, { n: 10, mean: 8.7, sd: 0.82 });
    expect(change.pooledSd).toBeCloseTo(0.88738, 5);
    expect((change.meanDifference ?? 0) / (change.pooledSd ?? 1)).toBeCloseTo(1.13, 2);
    expect(change.g).toBeCloseTo(1.08, 2);
  });

  it("gives intervals symmetric around the estimates", () => {
    const change = unpairedChange({ n: 40, mean: 58, sd: 15 }, { n: 35, mean: 62.5, sd: 17 });
    const { ci, gCi, meanDifference, g } = change;
    if (!ci || !gCi || meanDifference === null || g === null) throw new Error("incomplete");
    expect(meanDifference).toBeCloseTo(4.5, 10);
    expect(meanDifference - ci.low).toBeCloseTo(ci.high - meanDifference, 10);
    expect(g - gCi.low).toBeCloseTo(gCi.high - g, 10);
  });

  it("has no g when neither round varies, and a zero-width Welch interval", () => {
    const change = unpairedChangeFromScores([60, 60, 60], [70, 70]);
    expect(change).toMatchObject({ meanDifference: 10, pooledSd: 0, g: null, gCi: null });
    expect(change.ci).toEqual({ low: 10, high: 10 });
    expect(change.welchDf).toBeNull();
    expect(change.magnitude).toBeNull();
  });

  it("gives only the difference when a round has one respondent, nothing with none", () => {
    expect(unpairedChangeFromScores([55], [60, 70, 80])).toMatchObject({
      meanDifference: 15,
      ci: null,
      g: null,
    });
    expect(unpairedChangeFromScores([], [60, 70])).toMatchObject({
      nBaseline: 0,
      meanDifference: null,
      ci: null,
      g: null,
    });
  });
});

/** A small seeded generator, so the simulation gives the same answer on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

describe("the interval of a change in a 0-100 score", () => {
  it("never reaches past ±100, however few and spread the answers (property)", () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    const scores = fc.array(score, { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(scores, scores, (baseline, followUp) => {
        const pairs = baseline
          .slice(0, Math.min(baseline.length, followUp.length))
          .map((b, i) => ({ baseline: b, followUp: followUp[i]! }));
        for (const { ci } of [
          unpairedChangeFromScores(baseline, followUp),
          pairedChangeFromPairs(pairs),
        ]) {
          expect(ci).not.toBeNull();
          expect(ci!.low).toBeGreaterThanOrEqual(-100);
          expect(ci!.high).toBeLessThanOrEqual(100);
          expect(ci!.low).toBeLessThanOrEqual(ci!.high);
        }
      }),
    );
  });

  it("cuts a two-pair change from 0 to 100 and back at the ends of the range", () => {
    // Differences +100 and -100: mean 0, SD 141.4, t(0.975, 1) = 12.7 gives ±1270 uncut.
    const change = pairedChangeFromPairs([
      { baseline: 0, followUp: 100 },
      { baseline: 100, followUp: 0 },
    ]);
    expect(change.ci).toEqual({ low: -100, high: 100 });
  });
});
