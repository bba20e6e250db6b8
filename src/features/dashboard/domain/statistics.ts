import { studentTQuantile } from "./student-t";

/**
 * Descriptive statistics of belonging scores (0-100) for a round or a group. Everything returns
 * null rather than NaN or Infinity when the data cannot support a figure, so a chart never draws
 * a meaningless number. The SQL layer aggregates (COUNT, AVG, STDDEV_SAMP) and hands the
 * results to the *FromSummary functions; the list versions serve tests and small sets.
 */

/** A set of scores reduced to what the formulas need: SQL's count, avg and stddev_samp. */
export interface ScoreSummary {
  n: number;
  /** null when n = 0. */
  mean: number | null;
  /** Sample SD (n - 1 in the denominator); null when n < 2. */
  sd: number | null;
}

export interface Interval {
  low: number;
  high: number;
}

export interface MeanEstimate extends ScoreSummary {
  /** Standard error of the mean, sd / √n; null when n < 2. */
  se: number | null;
  /** The t-based confidence interval of the mean; null when n < 2. */
  ci: Interval | null;
  /** The confidence level of ci, e.g. 0.95. */
  level: number;
}

export const DEFAULT_CONFIDENCE = 0.95;

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The sample standard deviation (Bessel's n - 1), as SQL's STDDEV_SAMP. */
export function sampleSd(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  // Two passes (mean first) avoid the cancellation of the sum-of-squares shortcut.
  const squares = values.reduce((sum, v) => sum + (v - m) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

export function standardError(values: readonly number[]): number | null {
  const sd = sampleSd(values);
  return sd === null ? null : sd / Math.sqrt(values.length);
}

export function summarise(values: readonly number[]): ScoreSummary {
  return { n: values.length, mean: mean(values), sd: sampleSd(values) };
}

// Critical values already computed, by level and df: a results page needs one per group and
// round, mostly for the same few df, and each costs an iterative quantile.
const criticalValues = new Map<string, number>();
const KEPT_CRITICAL_VALUES = 10_000;

/** The two-sided critical t value for a confidence level, e.g. t(0.975, df) for 95%. */
export function criticalT(df: number, level: number = DEFAULT_CONFIDENCE): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`Confidence level ${level} is not in (0, 1)`);
  const key = `${level}:${df}`;
  const known = criticalValues.get(key);
  if (known !== undefined) return known;
  const value = studentTQuantile(0.5 + level / 2, df);
  if (criticalValues.size >= KEPT_CRITICAL_VALUES) criticalValues.clear();
  criticalValues.set(key, value);
  return value;
}

/** estimate ± t(df) · se; a zero se gives the degenerate interval [estimate, estimate]. */
export function tInterval(estimate: number, se: number, df: number, level?: number): Interval {
  const half = se === 0 ? 0 : criticalT(df, level) * se;
  return { low: estimate - half, high: estimate + half };
}

/** The range a quantity can take, e.g. a score's 0-100. */
export interface Bounds {
  min: number;
  max: number;
}

/** Belonging scores run from 0 to 100. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
export const SCORE_BOUNDS: Bounds = { min: SCORE_MIN, max: SCORE_MAX };

/** The values an interval can take are never outside what the quantity itself can be. */
export function withinBounds({ low, high }: Interval, { min, max }: Bounds): Interval {
  return { low: Math.min(Math.max(low, min), max), high: Math.max(Math.min(high, max), min) };
}

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The interval of a mean that cannot leave [min, max], such as a 0-100 score. estimate ± t·se
 * reaches past the ends for small or spread groups ("-7.5 to 107.5"), which no reader can
 * believe. The mean is rescaled to a proportion p, the interval is built on the logit scale
 * (delta method: se / ((max - min) · p(1 - p))) with the same t quantile and mapped back, so it
 * stays inside the range and leans away from the nearer end, as the true uncertainty does. In
 * the middle of the range it matches the t interval closely (50 ± 10 becomes 40.1 .. 59.9).
 * A mean on an end with spread (only possible from rounded aggregates) falls back to the
 * t interval cut to the range; cutting keeps the coverage, as the mean is never outside it.
 */
export function boundedMeanInterval(
  estimate: number,
  se: number,
  df: number,
  bounds: Bounds,
  level?: number,
): Interval {
  const span = bounds.max - bounds.min;
  const p = (estimate - bounds.min) / span;
  if (se === 0) return withinBounds({ low: estimate, high: estimate }, bounds);
  if (!(p > 0 && p < 1)) return withinBounds(tInterval(estimate, se, df, level), bounds);
  const half = (criticalT(df, level) * se) / (span * p * (1 - p));
  return {
    low: bounds.min + span * expit(logit(p) - half),
    high: bounds.min + span * expit(logit(p) + half),
  };
}

/**
 * Mean, SE and confidence interval (df = n - 1) from SQL aggregates. The interval respects the
 * score's 0-100 range (boundedMeanInterval); pass other bounds for another scale.
 */
export function meanEstimateFromSummary(
  { n, mean: m, sd }: ScoreSummary,
  level: number = DEFAULT_CONFIDENCE,
  bounds: Bounds = SCORE_BOUNDS,
): MeanEstimate {
  assertCount(n);
  if (m === null || sd === null || n < 2) {
    return { n, mean: n === 0 ? null : m, sd: null, se: null, ci: null, level };
  }
  const se = sd / Math.sqrt(n);
  return { n, mean: m, sd, se, ci: boundedMeanInterval(m, se, n - 1, bounds, level), level };
}

export function meanEstimate(values: readonly number[], level?: number): MeanEstimate {
  return meanEstimateFromSummary(summarise(values), level);
}

// --- Distribution of scores --------------------------------------------------------------

export const DEFAULT_BIN_COUNT = 10;

export interface HistogramBin {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge, except the last bin, which includes SCORE_MAX. */
  to: number;
  count: number;
}

/**
 * The bin of a score: equal-width bins over 0-100, 100 falling in the last one. The SQL twin is
 * LEAST(width_bucket(score, 0, 100, bins), bins) - 1 (width_bucket puts 100 in bin bins + 1).
 */
export function binIndex(score: number, binCount: number = DEFAULT_BIN_COUNT): number {
  assertBinCount(binCount);
  if (!(score >= SCORE_MIN && score <= SCORE_MAX)) {
    throw new RangeError(`Score ${score} is outside ${SCORE_MIN}-${SCORE_MAX}`);
  }
  // Multiply before dividing: 70 * 10 / 100 is exactly 7, where 70 / 10 could round below.
  const index = Math.floor(((score - SCORE_MIN) * binCount) / (SCORE_MAX - SCORE_MIN));
  return Math.min(index, binCount - 1);
}

/** Empty bins with their edges, for filling from SQL counts or from scores. */
export function emptyHistogram(binCount: number = DEFAULT_BIN_COUNT): HistogramBin[] {
  assertBinCount(binCount);
  const width = (SCORE_MAX - SCORE_MIN) / binCount;
  return Array.from({ length: binCount }, (_, i) => ({
    from: SCORE_MIN + i * width,
    to: i === binCount - 1 ? SCORE_MAX : SCORE_MIN + (i + 1) * width,
    count: 0,
  }));
}

export function histogram(
  scores: readonly number[],
  binCount: number = DEFAULT_BIN_COUNT,
): HistogramBin[] {
  const bins = emptyHistogram(binCount);
  for (const score of scores) {
    const bin = bins[binIndex(score, binCount)];
    if (bin) bin.count += 1;
  }
  return bins;
}

// --- Bands -------------------------------------------------------------------------------

/** The survey's score bands (the same values as the survey feature's Band and Prisma's enum). */
export const BANDS = ["LOW", "MID", "HIGH"] as const;
export type Band = (typeof BANDS)[number];

export interface BandShare {
  band: Band;
  count: number;
  /** count / n, 0-1; null when no respondent has a band. */
  share: number | null;
}

/** Share per band, always in LOW, MID, HIGH order; n counts only respondents with a band. */
export function bandShares(counts: Readonly<Partial<Record<Band, number>>>): {
  n: number;
  bands: BandShare[];
} {
  const withCounts = BANDS.map((band) => {
    const count = counts[band] ?? 0;
    assertCount(count);
    return { band, count };
  });
  const n = withCounts.reduce((sum, b) => sum + b.count, 0);
  return { n, bands: withCounts.map((b) => ({ ...b, share: n === 0 ? null : b.count / n })) };
}

/** Counts bands from respondents' bands; null (no score) is left out. */
export function countBands(bands: readonly (Band | null)[]): Record<Band, number> {
  const counts: Record<Band, number> = { LOW: 0, MID: 0, HIGH: 0 };
  for (const band of bands) if (band !== null) counts[band] += 1;
  return counts;
}

// --- % favourable per item -----------------------------------------------------------------

/** An agreement scale, e.g. 1-7; reverse when agreeing means less belonging. */
export interface AgreementScale {
  min: number;
  max: number;
  reverse?: boolean;
}

export type FavourableRule = AgreementScale | ((value: number) => boolean);

/**
 * Favourable = strictly on the belonging side of the scale's midpoint: 5-7 on a 1-7 scale, or
 * 1-3 when the item is reverse-scored. The midpoint itself ("neither") is not favourable, so an
 * item where everyone is undecided reads 0%, not 50%. On an even scale (1-4) the midpoint falls
 * between points, and 3-4 (or 1-2 reversed) are favourable.
 */
export function isFavourable(value: number, scale: AgreementScale): boolean {
  if (!(scale.min < scale.max)) throw new RangeError(`Scale ${scale.min}-${scale.max} is empty`);
  const midpoint = (scale.min + scale.max) / 2;
  return scale.reverse ? value < midpoint : value > midpoint;
}

/** How many respondents chose a value: one row of SQL's GROUP BY item, value. */
export interface ValueCount {
  value: number;
  count: number;
}

export interface FavourableShare {
  /** Respondents who answered the item (skips are not counted). */
  n: number;
  favourable: number;
  /** favourable / n, 0-1; null when nobody answered. */
  share: number | null;
}

export function favourableShare(
  answers: readonly ValueCount[],
  rule: FavourableRule,
): FavourableShare {
  const test = typeof rule === "function" ? rule : (value: number) => isFavourable(value, rule);
  let n = 0;
  let favourable = 0;
  for (const { value, count } of answers) {
    assertCount(count);
    n += count;
    if (test(value)) favourable += count;
  }
  return { n, favourable, share: n === 0 ? null : favourable / n };
}

/** Tallies raw answers into value counts (ascending), for favourableShare. */
export function countValues(values: readonly number[]): ValueCount[] {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value);
}

export function assertCount(n: number): void {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`Count ${n} is not a whole number`);
}

function assertBinCount(binCount: number): void {
  if (!(Number.isInteger(binCount) && binCount >= 1)) {
    throw new RangeError(`Bin count ${binCount} is not a positive whole number`);
  }
}
