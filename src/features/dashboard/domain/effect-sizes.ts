import {
  DEFAULT_CONFIDENCE,
  SCORE_MAX,
  SCORE_MIN,
  assertCount,
  summarise,
  tInterval,
  withinBounds,
  type Interval,
  type ScoreSummary,
} from "./statistics";
import { normalQuantile } from "./student-t";

/**
 * Before/after change in the belonging score between a baseline and a follow-up round.
 * Differences are always follow-up minus baseline, so a positive change means belonging rose.
 * A figure the data cannot support (too few respondents, no spread) is null, never NaN.
 */

/**
 * A change between two 0-100 scores lies within ±100; an interval of a few spread differences
 * can reach past that, and is cut to it (the true change is never outside, so the cut interval
 * covers it as often as the uncut one).
 */
const CHANGE_BOUNDS = { min: SCORE_MIN - SCORE_MAX, max: SCORE_MAX - SCORE_MIN };

export type Magnitude = "negligible" | "small" | "medium" | "large";

/** Cohen's (1988) conventions on |d|: below 0.2, 0.5 and 0.8. */
export function magnitudeOf(effectSize: number): Magnitude {
  const size = Math.abs(effectSize);
  if (size < 0.2) return "negligible";
  if (size < 0.5) return "small";
  if (size < 0.8) return "medium";
  return "large";
}

export interface PairedChange {
  paired: true;
  /** Participants with both a baseline and a follow-up score. */
  n: number;
  /** Mean of (follow-up - baseline); null when n = 0. */
  meanDifference: number | null;
  /** SD of the differences; null when n < 2. */
  sdDifference: number | null;
  /** t interval (df = n - 1) of the mean difference; null when n < 2. */
  ci: Interval | null;
  /** Cohen's d_z = meanDifference / sdDifference; null when n < 2 or the SD is 0. */
  dz: number | null;
  dzCi: Interval | null;
  magnitude: Magnitude | null;
  level: number;
}

export interface UnpairedChange {
  paired: false;
  nBaseline: number;
  nFollowUp: number;
  /** Follow-up mean - baseline mean; null when either round has no respondent. */
  meanDifference: number | null;
  /** √(((n1-1)s1² + (n2-1)s2²) / (n1+n2-2)); null unless both rounds have n >= 2. */
  pooledSd: number | null;
  /** Welch's t interval of the mean difference (no equal-variance assumption). */
  ci: Interval | null;
  /** Welch-Satterthwaite degrees of freedom of ci; null when ci is degenerate or missing. */
  welchDf: number | null;
  /** Hedges' g: Cohen's d on the pooled SD times J = 1 - 3/(4(n1+n2) - 9). */
  g: number | null;
  gCi: Interval | null;
  magnitude: Magnitude | null;
  level: number;
}

export type Change = PairedChange | UnpairedChange;

/** A baseline and follow-up score of one participant. */
export interface ScorePair {
  baseline: number;
  followUp: number;
}

/**
 * Paired change from the summary of per-participant differences, as SQL returns it:
 * COUNT(*), AVG(f.score - b.score), STDDEV_SAMP(f.score - b.score).
 *
 * The CI of d_z uses the large-sample normal approximation
 * SE(d_z) = √(1/n + d_z²/(2n)), d_z ± z·SE (Hedges & Olkin 1985, the paired form), instead of
 * the exact noncentral-t interval. It is slightly too narrow for small n and large d_z, which is
 * acceptable for a dashboard that also shows the exact t interval in score points.
 */
export function pairedChange(
  differences: ScoreSummary,
  level: number = DEFAULT_CONFIDENCE,
): PairedChange {
  const { n, mean, sd } = differences;
  assertCount(n);
  const empty: PairedChange = {
    paired: true,
    n,
    meanDifference: n === 0 ? null : mean,
    sdDifference: null,
    ci: null,
    dz: null,
    dzCi: null,
    magnitude: null,
    level,
  };
  if (mean === null || sd === null || n < 2) return empty;
  assertSd(sd);

  const ci = withinBounds(tInterval(mean, sd / Math.sqrt(n), n - 1, level), CHANGE_BOUNDS);
  // No spread in the differences: the standardised effect is undefined, not infinite.
  if (sd === 0) return { ...empty, sdDifference: 0, ci };
  const dz = mean / sd;
  const se = Math.sqrt(1 / n + (dz * dz) / (2 * n));
  return {
    ...empty,
    sdDifference: sd,
    ci,
    dz,
    dzCi: normalInterval(dz, se, level),
    magnitude: magnitudeOf(dz),
  };
}

export function pairedChangeFromPairs(pairs: readonly ScorePair[], level?: number): PairedChange {
  return pairedChange(summarise(pairs.map((p) => p.followUp - p.baseline)), level);
}

/**
 * Unpaired change between two rounds' summaries (when participants cannot be linked).
 * g's CI uses SE(g) = √((n1+n2)/(n1·n2) + g²/(2(n1+n2))), g ± z·SE (Hedges & Olkin 1985).
 */
export function unpairedChange(
  baseline: ScoreSummary,
  followUp: ScoreSummary,
  level: number = DEFAULT_CONFIDENCE,
): UnpairedChange {
  assertCount(baseline.n);
  assertCount(followUp.n);
  const result: UnpairedChange = {
    paired: false,
    nBaseline: baseline.n,
    nFollowUp: followUp.n,
    meanDifference: null,
    pooledSd: null,
    ci: null,
    welchDf: null,
    g: null,
    gCi: null,
    magnitude: null,
    level,
  };
  if (baseline.n === 0 || followUp.n === 0 || baseline.mean === null || followUp.mean === null) {
    return result;
  }
  const diff = followUp.mean - baseline.mean;
  result.meanDifference = diff;

  const n1 = baseline.n;
  const n2 = followUp.n;
  const s1 = baseline.sd;
  const s2 = followUp.sd;
  // Each round needs its own SD for Welch's interval; pooling n = 1 would hide that.
  if (s1 === null || s2 === null || n1 < 2 || n2 < 2) return result;
  assertSd(s1);
  assertSd(s2);

  const welch = welchInterval(diff, { n: n1, sd: s1 }, { n: n2, sd: s2 }, level);
  result.ci = welch.ci;
  result.welchDf = welch.df;

  const pooledSd = Math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2));
  result.pooledSd = pooledSd;
  if (pooledSd === 0) return result;

  // J removes most of d's upward bias in small samples (Hedges 1981).
  const j = 1 - 3 / (4 * (n1 + n2) - 9);
  const g = (j * diff) / pooledSd;
  const se = Math.sqrt((n1 + n2) / (n1 * n2) + (g * g) / (2 * (n1 + n2)));
  return { ...result, g, gCi: normalInterval(g, se, level), magnitude: magnitudeOf(g) };
}

export function unpairedChangeFromScores(
  baseline: readonly number[],
  followUp: readonly number[],
  level?: number,
): UnpairedChange {
  return unpairedChange(summarise(baseline), summarise(followUp), level);
}

/** Welch's interval: se = √(s1²/n1 + s2²/n2), Welch-Satterthwaite df. */
function welchInterval(
  diff: number,
  a: { n: number; sd: number },
  b: { n: number; sd: number },
  level: number,
): { ci: Interval; df: number | null } {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { ci: { low: diff, high: diff }, df: null };
  // Scaled by the larger variance, so tiny variances cannot underflow to 0 / 0.
  const scale = Math.max(va, vb);
  const [ra, rb] = [va / scale, vb / scale];
  const df = (ra + rb) ** 2 / (ra ** 2 / (a.n - 1) + rb ** 2 / (b.n - 1));
  return { ci: withinBounds(tInterval(diff, se, df, level), CHANGE_BOUNDS), df };
}

function normalInterval(estimate: number, se: number, level: number): Interval {
  const half = normalQuantile(0.5 + level / 2) * se;
  return { low: estimate - half, high: estimate + half };
}

function assertSd(sd: number): void {
  if (!(sd >= 0 && Number.isFinite(sd)))
    throw new RangeError(`SD ${sd} is not a finite value >= 0`);
}
