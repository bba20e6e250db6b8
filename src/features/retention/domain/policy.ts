// How long each kind of data is kept, per institution: the limits an admin may choose within,
// and the cut-off dates a retention run (or its preview) uses. Pure: no database, no Next.

/** An institution's retention settings (columns of `institutions`, same names). */
export interface RetentionPolicy {
  reflectionRetentionWeeks: number;
  answerRetentionMonths: number;
  flagRetentionMonths: number;
  auditRetentionMonths: number;
}

/** Defaults and limits; the SQL CHECKs of the retention migration hold the same numbers. */
export const RETENTION_LIMITS = {
  reflectionRetentionWeeks: { min: 1, max: 52, default: 8 },
  answerRetentionMonths: { min: 1, max: 60, default: 12 },
  flagRetentionMonths: { min: 6, max: 120, default: 24 },
  auditRetentionMonths: { min: 6, max: 120, default: 24 },
} as const satisfies Record<keyof RetentionPolicy, { min: number; max: number; default: number }>;

/** Finished background jobs (done or given up) are kept this long, for every school. */
export const FINISHED_JOB_DAYS = 30;

/** Rows at or before these moments go. Day columns compare with the `...Day` strings. */
export interface RetentionCutoffs {
  /** A student's reflections and pathway progress go once their last activity is on or before. */
  activityDay: string;
  /** Answers of rounds that closed at or before this moment go. */
  roundsClosedBy: Date;
  /** Resolved flags last changed at or before this moment go. */
  flagsResolvedBy: Date;
  /** Audit events recorded at or before this moment go. */
  auditBy: Date;
  /** Finished jobs that finished at or before this moment go. */
  jobsFinishedBy: Date;
}

const DAY_MS = 86_400_000;

/** The same wall time `months` earlier (UTC); a day past the month's end becomes its last day. */
export function monthsBefore(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() - months);
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  return {
    activityDay: isoDay(new Date(now.getTime() - policy.reflectionRetentionWeeks * 7 * DAY_MS)),
    roundsClosedBy: monthsBefore(now, policy.answerRetentionMonths),
    flagsResolvedBy: monthsBefore(now, policy.flagRetentionMonths),
    auditBy: monthsBefore(now, policy.auditRetentionMonths),
    jobsFinishedBy: new Date(now.getTime() - FINISHED_JOB_DAYS * DAY_MS),
  };
}

/** When the daily run after `now` starts: the next 02:00 UTC, a quiet hour across Europe. */
export function nextDailyRun(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 2));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The moments the preview looks ahead to: the next run, then 30 and 90 days later. */
export function previewMoments(now: Date): Date[] {
  const first = nextDailyRun(now);
  return [first, new Date(first.getTime() + 30 * DAY_MS), new Date(first.getTime() + 90 * DAY_MS)];
}
