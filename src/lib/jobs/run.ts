// Claims due jobs one at a time and runs them. A claim is one UPDATE over a sub-select with
// FOR UPDATE SKIP LOCKED: of several runners (app instances) polling at once, each job goes to
// exactly one, and nobody waits for another's row. A RUNNING job whose lock expired (its worker
// died mid-job) is due again. Finishing checks the lock is still ours, so a worker that was too
// slow cannot overwrite the outcome of the one that took over.
import type { Db } from "@/lib/db";
import { afterFailure, DEFAULT_RETRY, type RetryPolicy } from "./schedule";

export interface JobContext {
  id: string;
  kind: string;
  /** This try, counting from 1. */
  attempt: number;
  /** The runner's clock (tests move it). */
  now: Date;
}

/** Does a job's work; throwing means "try again later". Must be safe to run twice. */
export type JobHandler = (payload: unknown, job: JobContext) => Promise<void>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface RunOptions {
  handlers: JobHandlers;
  /** Who claims: written to locked_by. */
  workerId: string;
  now?: () => Date;
  /** How long a claim holds before another worker may take the job over. */
  lockMs?: number;
  /** At most this many jobs per call. */
  limit?: number;
  retry?: RetryPolicy;
  jitter?: () => number;
  /** Asked before each claim: true ends the batch (a stopping runner claims no more). */
  stop?: () => boolean;
  /** Called as each job starts and ends (the runner's heartbeat). */
  onJob?: (busy: boolean) => void;
}

export const DEFAULT_LOCK_MS = 5 * 60_000;
const ERROR_MAX = 1_000;

interface Claimed {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

async function claim(db: Db, kinds: string[], workerId: string, now: Date, lockMs: number) {
  const at = now.toISOString();
  const until = new Date(now.getTime() + lockMs).toISOString();
  // Timestamps are stored as UTC wall time (timestamp(3)); an ISO string cast to timestamp
  // keeps exactly that, whatever the session's time zone.
  const rows = await db.$queryRawUnsafe<Claimed[]>(
    `UPDATE "jobs" SET "status" = 'RUNNING', "attempts" = "attempts" + 1,
       "locked_by" = $1, "locked_until" = $3::timestamp, "updated_at" = $2::timestamp
     WHERE "id" = (
       SELECT "id" FROM "jobs"
       WHERE "kind" = ANY($4::text[])
         AND (("status" = 'PENDING' AND "run_at" <= $2::timestamp)
           OR ("status" = 'RUNNING' AND "locked_until" < $2::timestamp))
       ORDER BY "run_at", "id"
       LIMIT 1
       FOR UPDATE SKIP LOCKED)
     RETURNING "id", "kind", "payload", "attempts", "max_attempts"`,
    workerId,
    at,
    until,
    kinds,
  );
  return rows[0];
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, ERROR_MAX) || "failed";
}

/** Runs due jobs until none is left (or `limit`); answers how many ran and how many failed. */
export async function runDueJobs(
  db: Db,
  options: RunOptions,
): Promise<{ done: number; failed: number }> {
  const {
    handlers,
    workerId,
    lockMs = DEFAULT_LOCK_MS,
    limit = 50,
    retry = DEFAULT_RETRY,
  } = options;
  const clock = options.now ?? (() => new Date());
  const kinds = Object.keys(handlers);
  const result = { done: 0, failed: 0 };
  if (kinds.length === 0) return result;
  for (let i = 0; i < limit && !options.stop?.(); i += 1) {
    const now = clock();
    const job = await claim(db, kinds, workerId, now, lockMs);
    if (!job) break;
    const mine = { id: job.id, lockedBy: workerId };
    // A job that outlived its tries by dying mid-run is given up, not run again.
    if (job.attempts > job.max_attempts) {
      await db.job.updateMany({
        where: mine,
        data: {
          status: "FAILED",
          lockedBy: null,
          lockedUntil: null,
          finishedAt: now,
          lastError: "The worker running the last try stopped before it finished.",
        },
      });
      result.failed += 1;
      continue;
    }
    options.onJob?.(true);
    try {
      await handlers[job.kind]!(job.payload, {
        id: job.id,
        kind: job.kind,
        attempt: job.attempts,
        now,
      });
      await db.job.updateMany({
        where: mine,
        data: {
          status: "DONE",
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
          finishedAt: clock(),
        },
      });
      result.done += 1;
    } catch (error) {
      const next = afterFailure(clock(), job.attempts, job.max_attempts, retry, options.jitter?.());
      await db.job.updateMany({
        where: mine,
        data: {
          status: next.status,
          runAt: next.runAt,
          lockedBy: null,
          lockedUntil: null,
          lastError: reason(error),
          finishedAt: next.status === "FAILED" ? clock() : null,
        },
      });
      result.failed += 1;
    } finally {
      options.onJob?.(false);
    }
  }
  return result;
}
