// A network's shared round runs on calendar days: "1 to 14 October" means those days in each
// member school's own time zone, so every school's students get the same days. Pure, so the
// lead's form, the adoption and the tests agree on the edges.

export const DAY = 24 * 60 * 60 * 1000;
/** A round longer than a school year is a typing mistake, not a window. */
export const MAX_WINDOW_DAYS = 366;

export const SHARED_ROUND_KINDS = ["BASELINE", "FOLLOW_UP"] as const;
export type SharedRoundKind = (typeof SHARED_ROUND_KINDS)[number];

/** What can be wrong with a shared round's days (keys of network.shared.errors). */
export type WindowProblem =
  | { field: "closesOn"; problem: "closesBeforeOpens" | "closesInPast" | "windowTooLong" }
  | { field: "opensOn"; problem: "opensBeforeBaselineCloses" };

/** A form's "2026-10-01" as that day at 00:00 UTC; an invalid date for anything else. */
export function parseDay(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return new Date(NaN);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March: such a day is not a real one.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : new Date(NaN);
}

/** The day as a form shows it ("2026-10-01"). */
export function formatDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/**
 * Whether the days make a sensible round: it closes on or after the day it opens, not before
 * today (UTC; a day either way is every school's today), within a year, and a follow-up opens
 * only after its baseline's last day.
 */
export function windowProblems(
  round: { opensOn: Date; closesOn: Date },
  now: Date,
  baseline?: { closesOn: Date },
): WindowProblem[] {
  const problems: WindowProblem[] = [];
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const days = (round.closesOn.getTime() - round.opensOn.getTime()) / DAY + 1;
  if (days < 1) problems.push({ field: "closesOn", problem: "closesBeforeOpens" });
  else if (round.closesOn.getTime() < today) {
    problems.push({ field: "closesOn", problem: "closesInPast" });
  } else if (days > MAX_WINDOW_DAYS) problems.push({ field: "closesOn", problem: "windowTooLong" });
  if (baseline && round.opensOn.getTime() <= baseline.closesOn.getTime()) {
    problems.push({ field: "opensOn", problem: "opensBeforeBaselineCloses" });
  }
  return problems;
}

/** Every refusal of the lead's form, as keys of network.shared.errors. */
export const SHARED_ROUND_ERRORS = [
  "nameRequired",
  "nameTooLong",
  "unknownSurvey",
  "invalidKind",
  "invalidDate",
  "closesBeforeOpens",
  "closesInPast",
  "windowTooLong",
  "onlyFollowUp",
  "notBaseline",
  "opensBeforeBaselineCloses",
  "notFound",
  "signedOut",
] as const;
export type SharedRoundError = (typeof SHARED_ROUND_ERRORS)[number];

export function isSharedRoundError(value: unknown): value is SharedRoundError {
  return (SHARED_ROUND_ERRORS as readonly unknown[]).includes(value);
}

/** What the lead's form shows after a submit: each field's error and what was typed. */
export interface SharedRoundFormState {
  errors: Partial<Record<string, SharedRoundError>>;
  values: Record<string, string>;
}

export const NO_ERRORS: SharedRoundFormState = { errors: {}, values: {} };

/** The school side's outcomes after adopting (keys of network.shared.adopt.outcomes). */
export const ADOPT_OUTCOMES = [
  "adopted",
  "noGroups",
  "notMember",
  "alreadyAdopted",
  "closed",
  "invalidGroups",
  "signedOut",
] as const;
export type AdoptOutcome = (typeof ADOPT_OUTCOMES)[number];
