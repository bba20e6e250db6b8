/**
 * The normal and Student t distributions the dashboard's confidence intervals need, written out
 * so the domain layer has no numeric dependency. Accuracy is checked in student-t.test.ts
 * against printed tables.
 */

/** Evaluates a polynomial with coefficients from the highest power down (Horner's rule). */
function horner(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((acc, c) => acc * x + c, 0);
}

// Acklam's rational approximation of the normal quantile (relative error below 1.15e-9).
const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1, 1,
];
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const ACKLAM_D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416, 1,
];
const ACKLAM_TAIL = 0.02425;

/** The standard normal quantile: the z with P(Z <= z) = p, for 0 < p < 1. */
export function normalQuantile(p: number): number {
  assertProbability(p);
  if (p < ACKLAM_TAIL) {
    const q = Math.sqrt(-2 * Math.log(p));
    return horner(ACKLAM_C, q) / horner(ACKLAM_D, q);
  }
  if (p > 1 - ACKLAM_TAIL) {
    const q = Math.sqrt(-2 * Math.log1p(-p));
    return -horner(ACKLAM_C, q) / horner(ACKLAM_D, q);
  }
  const q = p - 0.5;
  const r = q * q;
  return (horner(ACKLAM_A, r) * q) / horner(ACKLAM_B, r);
}

// Lanczos approximation (g = 7, 9 terms) of log Γ(x), about 15 correct digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function logGamma(x: number): number {
  const z = x - 1;
  const series = LANCZOS.reduce((sum, c, i) => (i === 0 ? c : sum + c / (z + i)), 0);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

// Large enough for df in the millions, where the continued fraction needs ~sqrt(df) steps.
const MAX_ITERATIONS = 20_000;
const TINY = 1e-300;

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const guard = (v: number) => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) return h;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b). */
export function regularisedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront =
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  // The fraction converges fast only below the mean; above it, use I_x(a,b) = 1 - I_1-x(b,a).
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  }
  return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

/**
 * P(T > t) for t >= 0. Far out, from I_x(df/2, 1/2) with x = df/(df+t²), so small tails keep
 * their precision; near 0, from P(|T| < t) = I_y(1/2, df/2) with y = t²/(df+t²), because x
 * rounds to 1 there when df is large.
 */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  if (t2 < df) return 0.5 - 0.5 * regularisedIncompleteBeta(t2 / (df + t2), 0.5, df / 2);
  return 0.5 * regularisedIncompleteBeta(df / (df + t2), df / 2, 0.5);
}

/** The cumulative distribution P(T <= t) of Student's t with df degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  assertDegreesOfFreedom(df);
  if (df === Infinity) throw new RangeError("Use the normal distribution for infinite df");
  const tail = upperTail(Math.abs(t), df);
  return t >= 0 ? 1 - tail : tail;
}

function studentTDensity(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

// Beyond this, t and normal quantiles agree to about 1e-7: not worth the slow refinement.
const NORMAL_FROM_DF = 1e7;

/**
 * The Student t quantile: the t with P(T <= t) = p. Starts from Hill's algorithm 396 (Comm. ACM
 * 13(10), 1970; the same start R's qt uses), then refines with Hill's (1981) two-term Taylor
 * step on the exact distribution above, to about 12 significant digits.
 */
export function studentTQuantile(p: number, df: number): number {
  assertProbability(p);
  assertDegreesOfFreedom(df);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (df >= NORMAL_FROM_DF) return normalQuantile(p);

  const tailP = 1 - p;
  let q = hillStart(2 * tailP, df);
  for (let i = 0; i < 10; i++) {
    const density = studentTDensity(q, df);
    if (!(density > 0)) break;
    const step = (upperTail(q, df) - tailP) / density;
    if (!Number.isFinite(step)) break;
    q += step * (1 + (step * q * (df + 1)) / (2 * (q * q + df)));
    if (Math.abs(step) <= 1e-14 * Math.abs(q)) break;
  }
  return q;
}

/** Hill's 1970 approximation to the upper two-sided t quantile for probability twoSided. */
function hillStart(twoSided: number, df: number): number {
  if (df === 1) return 1 / Math.tan((twoSided * Math.PI) / 2);
  if (df === 2) return Math.sqrt(2 / (twoSided * (2 - twoSided)) - 2);

  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let y = Math.pow(d * twoSided, 2 / df);

  if ((df < 2.1 && twoSided > 0.5) || y > 0.05 + a) {
    // Far from the tail: an asymptotic expansion around the normal quantile.
    const x = normalQuantile(0.5 * twoSided);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    return Math.sqrt(df * Math.expm1(a * y * y));
  }
  y =
    ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) *
      ((df + 1) / (df + 2)) +
    1 / y;
  return Math.sqrt(df * y);
}

function assertProbability(p: number): void {
  if (!(p > 0 && p < 1)) throw new RangeError(`Probability ${p} is not strictly between 0 and 1`);
}

function assertDegreesOfFreedom(df: number): void {
  if (!(df > 0)) throw new RangeError(`Degrees of freedom ${df} must be positive`);
}
