import { normalQuantile, type Interval } from "@/features/dashboard";

/**
 * Random-effects pooling of per-school effects (DerSimonian & Laird 1986). Each school gives
 * an estimate (here: its mean before/after change) and that estimate's variance (SE²). The
 * schools are allowed to differ in their true effect: tau² is the variance of those true
 * effects between schools, estimated by the method of moments from Cochran's Q, and each
 * school is weighted by 1 / (its variance + tau²). I² is the share of the spread between
 * schools' estimates that is real difference rather than chance.
 */

export interface StudyEffect {
  estimate: number;
  /** The estimate's sampling variance (its standard error squared); must be > 0. */
  variance: number;
}

export interface RandomEffectsPool {
  /** How many estimates were pooled. */
  k: number;
  estimate: number;
  se: number;
  ci: Interval;
  /** Between-school variance of the true effects (DerSimonian-Laird); 0 when Q <= df. */
  tau2: number;
  /** Cochran's Q, with k - 1 degrees of freedom. */
  q: number;
  /** Share (0-1) of the variation between schools beyond chance; null for a single estimate. */
  i2: number | null;
  level: number;
}

/** Pools estimates with DerSimonian-Laird random effects; null when there is none to pool. */
export function dersimonianLaird(
  effects: readonly StudyEffect[],
  level = 0.95,
): RandomEffectsPool | null {
  if (effects.length === 0) return null;
  for (const e of effects) {
    if (!Number.isFinite(e.estimate) || !(e.variance > 0) || !Number.isFinite(e.variance)) {
      throw new RangeError("Every pooled estimate needs a finite estimate and a variance > 0");
    }
  }
  const w = effects.map((e) => 1 / e.variance);
  const sumW = w.reduce((s, x) => s + x, 0);
  const sumW2 = w.reduce((s, x) => s + x * x, 0);
  const fixed = effects.reduce((s, e, i) => s + w[i]! * e.estimate, 0) / sumW;
  const q = effects.reduce((s, e, i) => s + w[i]! * (e.estimate - fixed) ** 2, 0);
  const df = effects.length - 1;
  const c = sumW - sumW2 / sumW;
  const tau2 = df > 0 && c > 0 ? Math.max(0, (q - df) / c) : 0;
  const wStar = effects.map((e) => 1 / (e.variance + tau2));
  const sumWStar = wStar.reduce((s, x) => s + x, 0);
  const estimate = effects.reduce((s, e, i) => s + wStar[i]! * e.estimate, 0) / sumWStar;
  const se = Math.sqrt(1 / sumWStar);
  const z = normalQuantile(0.5 + level / 2);
  return {
    k: effects.length,
    estimate,
    se,
    ci: { low: estimate - z * se, high: estimate + z * se },
    tau2,
    q,
    i2: df > 0 && q > 0 ? Math.max(0, (q - df) / q) : df > 0 ? 0 : null,
    level,
  };
}

/** How much of the schools' difference is beyond chance, in words (Higgins et al. 2003). */
export type Heterogeneity = "none" | "low" | "moderate" | "high";

export function heterogeneityOf(i2: number | null): Heterogeneity | null {
  if (i2 === null) return null;
  // On whole percentages, as the report shows them (49.9999% is read as 50%).
  const percent = Math.round(i2 * 100);
  if (percent === 0) return "none";
  if (percent < 50) return "low";
  if (percent < 75) return "moderate";
  return "high";
}
