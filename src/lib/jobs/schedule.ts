// When a job runs again, and whether a runner still counts as alive: pure arithmetic, so the
// rules are tested without a database or a clock.

export interface RetryPolicy {
  /** The pause after the first failed try. */
  baseMs: number;
  /** The longest pause between two tries. */
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 60 * 60_000 };

/**
 * The pause after the `attempt`-th failed try (1-based): it doubles each time, from baseMs up
 * to maxMs. `jitter` (0..1, e.g. Math.random()) spreads retries of many jobs that failed
 * together over the pause's last fifth, so they do not all hit a recovering server at once.
 */
export function retryDelayMs(attempt: number, policy = DEFAULT_RETRY, jitter = 0): number {
  const tries = Math.max(1, Math.floor(attempt));
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(tries - 1, 30));
  const spread = Math.min(1, Math.max(0, jitter)) * delay * 0.2;
  return Math.round(delay - spread);
}

export type FailureOutcome =
  { status: "PENDING"; runAt: Date } | { status: "FAILED"; runAt?: undefined };

/** What happens to a job whose `attempts`-th try failed: retried later, or given up. */
export function afterFailure(
  now: Date,
  attempts: number,
  maxAttempts: number,
  policy = DEFAULT_RETRY,
  jitter = 0,
): FailureOutcome {
  if (attempts >= maxAttempts) return { status: "FAILED" };
  return {
    status: "PENDING",
    runAt: new Date(now.getTime() + retryDelayMs(attempts, policy, jitter)),
  };
}

export interface Heartbeat {
  /** When the runner last finished looking for due jobs. */
  lastPollAt: Date | null;
  /** When the job it is running now started, if it is running one. */
  busySince: Date | null;
}

/**
 * A runner is alive when it looked for work recently, or is running a job that has not yet
 * outlived its lock (a slow mail server is not a dead runner; a job past its lock is).
 */
export function runnerIsAlive(
  beat: Heartbeat,
  now: Date,
  { staleMs, lockMs }: { staleMs: number; lockMs: number },
): boolean {
  const t = now.getTime();
  if (beat.lastPollAt && t - beat.lastPollAt.getTime() <= staleMs) return true;
  return Boolean(beat.busySince && t - beat.busySince.getTime() <= lockMs);
}
