import { describe, expect, it } from "vitest";
import { combineSummaries } from "./network-report";
import { armFigures, pooledArms, type ArmAggregates } from "./study-arms";

const arm = (n: number, mean: number, sd: number, pairs?: [number, number, number]) =>
  ({
    scores: { n, mean, sd },
    differences: pairs ? { n: pairs[0], mean: pairs[1], sd: pairs[2] } : null,
  }) satisfies ArmAggregates;

describe("intervention and comparison arms of one school", () => {
  it("shows both arms with t intervals when each has k and the rest is safe", () => {
    const figures = armFigures(
      { INTERVENTION: arm(10, 70, 10, [10, 4, 5]), COMPARISON: arm(10, 60, 10, [10, 1, 5]) },
      { responses: 20, pairs: 20 },
      5,
    );
    const b = figures.INTERVENTION.belonging;
    expect(b.suppressed).toBe(false);
    if (b.suppressed) return;
    // The dashboard's bounded t interval (its own tests check the formula): about ±7 points.
    expect(b.ci!.low).toBeGreaterThan(60);
    expect(b.ci!.high).toBeLessThan(80);
    expect(b.ci!.low < 70 && b.ci!.high > 70).toBe(true);
    const c = figures.COMPARISON.change;
    expect(c && !c.suppressed && c.meanDifference).toBe(1);
  });

  it("hides the other arm too when one arm is under k (complementary suppression)", () => {
    const figures = armFigures(
      { INTERVENTION: arm(12, 70, 10), COMPARISON: arm(3, 60, 10) },
      { responses: 15, pairs: null },
      5,
    );
    expect(figures.COMPARISON.belonging).toEqual({
      suppressed: true,
      reason: "fewer-than-k",
      k: 5,
    });
    // Shown, the school's 15 minus the intervention's 12 would give the comparison's 3.
    expect(figures.INTERVENTION.belonging).toEqual({
      suppressed: true,
      reason: "complementary",
      k: 5,
    });
    expect(figures.INTERVENTION.change).toBeNull();
  });

  it("hides both arms when the students in neither arm are 1..k-1", () => {
    const figures = armFigures(
      { INTERVENTION: arm(10, 70, 10), COMPARISON: arm(10, 60, 10) },
      { responses: 22, pairs: null },
      5,
    );
    expect(figures.INTERVENTION.belonging.suppressed).toBe(true);
    expect(figures.COMPARISON.belonging.suppressed).toBe(true);
  });

  it("hides the arms' change alone when the pairs are too few, keeping the means", () => {
    const figures = armFigures(
      { INTERVENTION: arm(10, 70, 10, [4, 3, 2]), COMPARISON: arm(10, 60, 10, [9, 1, 2]) },
      { responses: 20, pairs: 13 },
      5,
    );
    expect(figures.INTERVENTION.belonging.suppressed).toBe(false);
    expect(figures.INTERVENTION.change).toMatchObject({ suppressed: true, reason: "fewer-than-k" });
    expect(figures.COMPARISON.change).toMatchObject({ suppressed: true, reason: "complementary" });
  });
});

describe("pooled arms", () => {
  it("pools each arm over the schools whose arms are shown, under the strictest k", () => {
    const shownArms = {
      INTERVENTION: arm(10, 70, 10, [10, 4, 5]),
      COMPARISON: arm(10, 60, 10, [10, 0, 5]),
    };
    const otherArms = {
      INTERVENTION: arm(10, 80, 10, [10, 6, 5]),
      COMPARISON: arm(10, 50, 10, [10, 2, 5]),
    };
    const hiddenArms = { INTERVENTION: arm(20, 10, 1), COMPARISON: arm(2, 10, 1) };
    const schools = [
      { arms: shownArms, figures: armFigures(shownArms, { responses: 20, pairs: 20 }, 5) },
      { arms: otherArms, figures: armFigures(otherArms, { responses: 20, pairs: 20 }, 5) },
      { arms: hiddenArms, figures: armFigures(hiddenArms, { responses: 22, pairs: null }, 5) },
    ];
    const pooled = pooledArms(schools, 8, combineSummaries);
    const i = pooled.INTERVENTION;
    // The third school's intervention arm (20 students at 10) never enters.
    expect(i.belonging).toMatchObject({ suppressed: false, n: 20, mean: 75 });
    // Equal variances: the random-effects estimate of 4 and 6 is their mean.
    expect(i.change).toMatchObject({ suppressed: false, n: 20 });
    expect(i.change && !i.change.suppressed && i.change.estimate).toBeCloseTo(5, 6);
    expect(pooledArms(schools.slice(0, 1), 25, combineSummaries).COMPARISON.belonging).toEqual({
      suppressed: true,
      reason: "fewer-than-k",
      k: 25,
    });
  });
});
