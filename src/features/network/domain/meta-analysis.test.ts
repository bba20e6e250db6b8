import { describe, expect, it } from "vitest";
import { dersimonianLaird, heterogeneityOf } from "./meta-analysis";

describe("dersimonianLaird", () => {
  it("matches a two-study example worked by hand", () => {
    // y = 1 and 3, each with variance 1. Fixed weights w = 1, 1; fixed mean = 2.
    // Q = 1·(1-2)² + 1·(3-2)² = 2, df = 1, C = Σw - Σw²/Σw = 2 - 2/2 = 1,
    // tau² = (Q - df) / C = 1. Random weights 1/(1+1) = 0.5 each: mean 2, SE = √(1/1) = 1,
    // 95% CI 2 ± 1.959964 = 0.040 .. 3.960; I² = (2 - 1)/2 = 0.5.
    const pool = dersimonianLaird([
      { estimate: 1, variance: 1 },
      { estimate: 3, variance: 1 },
    ])!;
    expect(pool.estimate).toBeCloseTo(2, 3);
    expect(pool.se).toBeCloseTo(1, 3);
    expect(pool.tau2).toBeCloseTo(1, 3);
    expect(pool.q).toBeCloseTo(2, 3);
    expect(pool.i2).toBeCloseTo(0.5, 3);
    expect(pool.ci.low).toBeCloseTo(0.04, 3);
    expect(pool.ci.high).toBeCloseTo(3.96, 3);
  });

  it("reproduces the published BCG vaccine meta-analysis (Colditz et al. 1994)", () => {
    // The 13 BCG trials (tpos, tneg, cpos, cneg) as in metafor's dat.bcg. Log risk ratios
    // yi = ln((tpos/(tpos+tneg)) / (cpos/(cpos+cneg))) with vi = 1/tpos - 1/(tpos+tneg)
    // + 1/cpos - 1/(cpos+cneg). metafor's rma(yi, vi, method = "DL") reports:
    // estimate -0.7141, SE 0.1787, 95% CI -1.0644 .. -0.3638, tau² 0.3088, I² 92.12%,
    // Q(df = 12) = 152.2330.
    const trials = [
      [4, 119, 11, 128],
      [6, 300, 29, 274],
      [3, 228, 11, 209],
      [62, 13536, 248, 12619],
      [33, 5036, 47, 5761],
      [180, 1361, 372, 1079],
      [8, 2537, 10, 619],
      [505, 87886, 499, 87892],
      [29, 7470, 45, 7232],
      [17, 1699, 65, 1600],
      [186, 50448, 141, 27197],
      [5, 2493, 3, 2338],
      [27, 16886, 29, 17825],
    ] as const;
    const effects = trials.map(([tp, tn, cp, cn]) => ({
      estimate: Math.log(tp / (tp + tn) / (cp / (cp + cn))),
      variance: 1 / tp - 1 / (tp + tn) + 1 / cp - 1 / (cp + cn),
    }));
    const pool = dersimonianLaird(effects)!;
    expect(pool.q).toBeCloseTo(152.233, 3);
    expect(pool.estimate).toBeCloseTo(-0.7141, 3);
    expect(pool.se).toBeCloseTo(0.1787, 3);
    expect(pool.ci.low).toBeCloseTo(-1.0644, 3);
    expect(pool.ci.high).toBeCloseTo(-0.3638, 3);
    expect(pool.tau2).toBeCloseTo(0.3088, 3);
    expect(pool.i2).toBeCloseTo(0.9212, 3);
    expect(heterogeneityOf(pool.i2)).toBe("high");
  });

  it("sets tau² to 0 when schools agree more than chance allows, and pools one school as itself", () => {
    const agree = dersimonianLaird([
      { estimate: 2, variance: 4 },
      { estimate: 2.1, variance: 4 },
    ])!;
    expect(agree.tau2).toBe(0);
    expect(agree.i2).toBe(0);
    expect(heterogeneityOf(agree.i2)).toBe("none");
    const one = dersimonianLaird([{ estimate: 5, variance: 4 }])!;
    expect(one).toMatchObject({ k: 1, estimate: 5, se: 2, tau2: 0, i2: null });
    expect(dersimonianLaird([])).toBeNull();
  });

  it("refuses an estimate without a usable variance", () => {
    expect(() => dersimonianLaird([{ estimate: 1, variance: 0 }])).toThrow(RangeError);
    expect(() => dersimonianLaird([{ estimate: Number.NaN, variance: 1 }])).toThrow(RangeError);
  });
});
