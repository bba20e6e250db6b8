import { minGroupSize, type Suppressed, type SuppressionReason } from "./anonymity";
import type { ResultScope, Visibility } from "./hierarchy";
import type { GroupInfo } from "./round-figures";
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
  // More pairs than one side's respondents: students changed group between the rounds, so the
  // sides are not a remainder of the pairs and nothing vouches for the difference.
  if (paired > before || paired > after) return false;
  return (
    paired >= minGroupSize(k) &&
    safeRemainder(before - paired, k) &&
    safeRemainder(after - paired, k)
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

/**
 * A windowed count as shown: hidden under k like any count, and hidden ("small-window") when a
 * week inside it holds 1..k-1; otherwise its total.
 */
export function weeklyFigure(
  weekCounts: readonly number[],
  k: number,
): { suppressed: false; n: number } | Suppressed {
  const threshold = minGroupSize(k);
  const sum = weekCounts.reduce((total, n) => total + n, 0);
  if (sum < threshold) return { suppressed: true, reason: "fewer-than-k", k: threshold };
  const n = windowTotal(weekCounts, threshold);
  if (n === undefined) return { suppressed: true, reason: "small-window", k: threshold };
  return { suppressed: false, n };
}

/**
 * Responses in no group ("rather not say") have no size of their own to check. They count in
 * the round's figures only while they fit in the places the round's trusted groups have left
 * (expected students minus responses); more than that means made-up answers among them.
 */
export function ungroupedPadding(
  ungrouped: number,
  groups: readonly { responses: number; expectedSize: number | null }[],
): boolean {
  assertCount(ungrouped);
  if (ungrouped === 0) return false;
  const room = groups.reduce((sum, g) => sum + Math.max(0, (g.expectedSize ?? 0) - g.responses), 0);
  return ungrouped > room;
}

/**
 * What every figure of a scope must pass before its own k checks: the round has closed (its
 * figures are published once), and the round's answers in no group are not padded.
 */
export function publicationGate(
  round: { closesAt: Date },
  groups: readonly GroupInfo[],
  groupRows: readonly { groupId: string | null; responses: number }[],
  k: number,
): (scope: ResultScope) => Visibility {
  if (!resultsPublished(round)) {
    const open: Visibility = { suppressed: true, reason: "round-open", k };
    return () => open;
  }
  const responsesOf = new Map(groupRows.map((r) => [r.groupId, r.responses]));
  const padded = ungroupedPadding(
    responsesOf.get(null) ?? 0,
    groups
      .filter((g) => !g.distrust)
      .map((g) => ({ responses: responsesOf.get(g.id) ?? 0, expectedSize: g.expectedSize })),
  );
  const shown: Visibility = { suppressed: false };
  const hidden: Visibility = { suppressed: true, reason: "padding", k };
  // Only the round holds the answers in no group; programmes and groups are not touched.
  return (scope) => (padded && scope.level === "round" ? hidden : shown);
}
