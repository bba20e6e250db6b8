import { minGroupSize, type SuppressionReason } from "./anonymity";
import { assertCount } from "./statistics";

/**
 * Rules that keep figures safe across views and moments, not just on one page (see
 * docs/anonymity.md): padding, open rounds, before/after remainders, counts and date windows.
 */

/**
 * Why a group's answers cannot be trusted to come from at least its own students: more
 * responses than students means made-up answers (padding) may sit among them, and without an
 * expected size padding could not be noticed at all. Undefined: nothing against the group.
 */
export function groupDistrust(
  responses: number,
  expectedSize: number | null,
): Extract<SuppressionReason, "padding" | "size-unknown"> | undefined {
  assertCount(responses);
  if (expectedSize === null || !Number.isFinite(expectedSize) || expectedSize <= 0) {
    return "size-unknown";
  }
  return responses > expectedSize ? "padding" : undefined;
}

/**
 * Figures of a round are published once, when it has closed: read while it is open, one more
 * answer between two readings would be that answer. Counts of responses may still be seen.
 */
export function resultsPublished(round: { closesAt: Date }, now: Date = new Date()): boolean {
  return round.closesAt.getTime() <= now.getTime();
}

/** A count as staff may see it: exact from k on, otherwise only "fewer than k". */
export type ShownCount = { exact: true; n: number } | { exact: false; fewerThan: number };

export function countForDisplay(n: number, k: number): ShownCount {
  assertCount(n);
  const threshold = minGroupSize(k);
  // 0 says nobody answered, which describes no student.
  return n === 0 || n >= threshold ? { exact: true, n } : { exact: false, fewerThan: threshold };
}

/** A remainder is safe when it is empty or holds k or more respondents. */
export function safeRemainder(n: number, k: number): boolean {
  assertCount(n);
  return n === 0 || n >= minGroupSize(k);
}

/**
 * The paired change of a scope next to both rounds' own figures: follow-up total - baseline
 * total - paired change leaves the unpaired students of each side. It is shown only when each
 * side's unpaired remainder is 0 or at least k, and the pairs themselves are at least k.
 */
export function pairedChangeShowable(
  counts: { paired: number; before: number; after: number },
  k: number,
): boolean {
  const { paired, before, after } = counts;
  [paired, before, after].forEach(assertCount);
  if (paired > before || paired > after) {
    throw new RangeError(`${paired} pairs cannot exceed either round (${before}, ${after})`);
  }
  return (
    paired >= minGroupSize(k) && safeRemainder(before - paired, k) && safeRemainder(after - paired, k)
  );
}

// --- Date windows -----------------------------------------------------------------------------

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

/** Monday 00:00 UTC of the week holding the instant. */
export function weekStart(date: Date): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  return new Date(day - weekday * DAY);
}

/**
 * A date filter widened to whole weeks (Monday to Monday, UTC), so every window anyone can ask
 * for is a union of the same fixed weekly bins: two windows then differ by whole weeks, and
 * each week's count is itself checked against k (see weeklyCounts).
 */
export function snapToWeeks(window: { from?: Date; to?: Date }): { from?: Date; to?: Date } {
  const from = window.from ? weekStart(window.from) : undefined;
  const to = window.to ? new Date(weekStart(window.to).getTime() + WEEK) : undefined;
  return { from, to };
}

/**
 * Counts of a windowed figure (sessions, pathway steps) per fixed week. Two overlapping
 * windows differ by whole weeks, so the figure is shown only when every week inside it has a
 * count of 0 or at least k: then any difference of windows is a sum of such weeks, and a
 * window itself is too. Returns the total, or undefined when it must be hidden.
 */
export function windowTotal(weekCounts: readonly number[], k: number): number | undefined {
  let total = 0;
  for (const n of weekCounts) {
    if (!safeRemainder(n, k)) return undefined;
    total += n;
  }
  return total;
}
