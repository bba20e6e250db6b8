import { describe, expect, it } from "vitest";
import { buildNetworkReport, combineSummaries, type SchoolAggregates } from "./network-report";

function school(over: Partial<SchoolAggregates> & { institutionId: string }): SchoolAggregates {
  return {
    name: over.institutionId,
    country: "DK",
    minGroupSize: 5,
    baselineRound: "Baseline",
    followUpRound: "Follow-up",
    expected: 20,
    responses: 10,
    scores: { n: 10, mean: 60, sd: 10 },
    bands: { LOW: 2, MID: 5, HIGH: 3 },
    differences: { n: 8, mean: 4, sd: 8 },
    ...over,
  };
}

describe("combineSummaries", () => {
  it("gives the mean and SD of all values together", () => {
    // {1, 2, 3} (mean 2, sd 1) and {5, 7} (mean 6, sd √2): all five values 1, 2, 3, 5, 7 have
    // mean 18/5 = 3.6 and squared deviations 6.76 + 2.56 + 0.36 + 1.96 + 11.56 = 23.2,
    // so sd = √(23.2 / 4) = 2.408.
    const all = combineSummaries([
      { n: 3, mean: 2, sd: 1 },
      { n: 2, mean: 6, sd: Math.SQRT2 },
    ]);
    expect(all.n).toBe(5);
    expect(all.mean).toBeCloseTo(3.6, 6);
    expect(all.sd).toBeCloseTo(2.408, 3);
    expect(combineSummaries([])).toEqual({ n: 0, mean: null, sd: null });
  });
});

describe("buildNetworkReport", () => {
  it("shows each school with its own k and keeps a small school in the table, hidden", () => {
    const report = buildNetworkReport([
      school({ institutionId: "a", responses: 12, scores: { n: 12, mean: 70, sd: 8 } }),
      school({
        institutionId: "small",
        responses: 4,
        scores: { n: 4, mean: 20, sd: 5 },
        bands: { LOW: 4, MID: 0, HIGH: 0 },
        differences: { n: 3, mean: 30, sd: 2 },
      }),
      // k = 8 at this school: 7 answers are too few here, though enough at k = 5.
      school({
        institutionId: "strict",
        minGroupSize: 8,
        responses: 7,
        scores: { n: 7, mean: 50, sd: 9 },
      }),
    ]);
    expect(report.schools.map((s) => s.institutionId)).toEqual(["a", "small", "strict"]);
    const [a, small, strict] = report.schools;
    expect(a!.belonging.suppressed).toBe(false);
    expect(small!.belonging).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(small!.participation.suppressed).toBe(true);
    expect(small!.change).toMatchObject({ suppressed: true, k: 5 });
    expect(strict!.belonging).toMatchObject({ suppressed: true, k: 8 });
    // The pool holds only the shown school, with the strictest k (8) of the network.
    expect(report.k).toBe(8);
    expect(report.pooled.schools).toBe(1);
    const pooled = report.pooled.belonging;
    expect(pooled.suppressed === false && pooled.mean).toBe(70);
    expect(pooled.suppressed === false && pooled.n).toBe(12);
  });

  it("hides a pooled figure below the strictest k even when each school is shown", () => {
    const report = buildNetworkReport([
      school({
        institutionId: "a",
        minGroupSize: 3,
        responses: 3,
        scores: { n: 3, mean: 50, sd: 5 },
      }),
      school({
        institutionId: "b",
        minGroupSize: 3,
        responses: 3,
        scores: { n: 3, mean: 60, sd: 5 },
      }),
      school({
        institutionId: "c",
        minGroupSize: 10,
        responses: 0,
        scores: { n: 0, mean: null, sd: null },
      }),
    ]);
    expect(report.schools[0]!.belonging.suppressed).toBe(false);
    expect(report.schools[1]!.belonging.suppressed).toBe(false);
    expect(report.pooled.belonging).toEqual({ suppressed: true, reason: "fewer-than-k", k: 10 });
    expect(report.pooled.participation.suppressed).toBe(true);
  });

  it("pools shown schools' participation, bands and change (random effects)", () => {
    const report = buildNetworkReport([
      school({
        institutionId: "a",
        expected: 20,
        responses: 10,
        scores: { n: 10, mean: 60, sd: 10 },
        bands: { LOW: 2, MID: 5, HIGH: 3 },
        differences: { n: 10, mean: 1, sd: Math.sqrt(10) },
      }),
      school({
        institutionId: "b",
        expected: 30,
        responses: 15,
        scores: { n: 15, mean: 60, sd: 10 },
        bands: { LOW: 5, MID: 5, HIGH: 5 },
        differences: { n: 10, mean: 3, sd: Math.sqrt(10) },
      }),
    ]);
    const { participation, belonging, change } = report.pooled;
    expect(participation.suppressed === false && participation.rate).toBeCloseTo(25 / 50, 6);
    expect(belonging.suppressed === false && belonging.bands.map((b) => b.count)).toEqual([
      7, 10, 8,
    ]);
    // Each school's change has variance sd²/n = 1: the two-study example of meta-analysis.test
    // (estimates 1 and 3): pooled 2, tau² 1, I² 0.5.
    expect(change?.suppressed).toBe(false);
    if (!change || change.suppressed) throw new Error("expected a pooled change");
    expect(change.estimate).toBeCloseTo(2, 6);
    expect(change.tau2).toBeCloseTo(1, 6);
    expect(change.i2).toBeCloseTo(0.5, 6);
    expect(change.heterogeneity).toBe("moderate");
    expect(change.n).toBe(20);
  });

  it("says when a school has no follow-up, and reports an empty network", () => {
    const report = buildNetworkReport([
      school({ institutionId: "a", followUpRound: null, differences: null }),
    ]);
    expect(report.schools[0]!.change).toBeNull();
    expect(report.pooled.change).toBeNull();
    const empty = buildNetworkReport([]);
    expect(empty.schools).toEqual([]);
    expect(empty.k).toBe(5);
    expect(empty.pooled.belonging.suppressed).toBe(true);
  });
});
