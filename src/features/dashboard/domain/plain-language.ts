import type { Change, Magnitude } from "./effect-sizes";

/**
 * A before/after change as data for a translated sentence, e.g. the en message
 * "Belonging {direction, select, rose {rose by {points} points} fell {fell by {points} points}
 * other {stayed the same}}; this is a {magnitude} effect; with n = {n} the change could be
 * anywhere from {low} to {high}." Numbers stay numbers so next-intl formats them per locale
 * (1.5 in en, 1,5 in da).
 *
 * Rounding rules:
 * - points, ciLow and ciHigh are rounded to one decimal, half away from zero (so -2.25 and
 *   2.25 round to the same size), after correcting binary noise (0.15 is 0.1499... in binary).
 * - direction follows the ROUNDED change: a change that rounds to 0.0 is "unchanged", so the
 *   UI never says "rose by 0 points". points is then 0; it is never negative.
 * - ciLow and ciHigh keep their sign, so an interval that spans 0 reads "from -2.1 to 5.3".
 * - magnitude comes from the unrounded effect size (d_z or Hedges' g); null when the data give
 *   no effect size (fewer than two per round, or no spread), and the UI leaves that clause out.
 */

export type ChangeDirection = "rose" | "fell" | "unchanged";

export interface ChangeDescription {
  direction: ChangeDirection;
  /** Size of the change in score points (0-100 scale), one decimal, never negative. */
  points: number;
  magnitude: Magnitude | null;
  /** Paired: participants with both scores. Unpaired: respondents of both rounds together. */
  n: number;
  /** Confidence interval of the change in points, one decimal, signed; null when unknown. */
  ciLow: number | null;
  ciHigh: number | null;
  paired: boolean;
}

/** Null when there is no change to describe (a round without respondents). */
export function describeChange(change: Change): ChangeDescription | null {
  if (change.meanDifference === null) return null;
  const rounded = roundToOneDecimal(change.meanDifference);
  const direction: ChangeDirection = rounded > 0 ? "rose" : rounded < 0 ? "fell" : "unchanged";
  return {
    direction,
    points: Math.abs(rounded),
    magnitude: change.magnitude,
    n: change.paired ? change.n : change.nBaseline + change.nFollowUp,
    ciLow: change.ci ? roundToOneDecimal(change.ci.low) : null,
    ciHigh: change.ci ? roundToOneDecimal(change.ci.high) : null,
    paired: change.paired,
  };
}

/** One decimal, half away from zero; never returns -0. */
export function roundToOneDecimal(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value}`);
  // toPrecision(12) drops the binary noise of e.g. 0.15 * 10 = 1.4999999999999998 first.
  const tenths = Number((Math.abs(value) * 10).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(tenths)) / 10;
  return rounded === 0 ? 0 : rounded;
}
