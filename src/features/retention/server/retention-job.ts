// The daily retention job. Each day's run is one row of `jobs` with a fixed id
// ("retention.daily:<day>"), so however many instances start, or how often a run is retried,
// there is at most one run per day; the runner gives it to exactly one instance.
import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { JobHandlers } from "@/lib/jobs";
import { isoDay, nextDailyRun } from "../domain/policy";
import { runRetention } from "./run-retention";

export const RETENTION_DAILY = "retention.daily";

const jobId = (runAt: Date) => `${RETENTION_DAILY}:${isoDay(runAt)}`;

/** Queues the run of `runAt`'s day unless it exists already (done, running or waiting). */
async function queueRun(db: Db, runAt: Date): Promise<void> {
  await db.job.createMany({
    data: [{ id: jobId(runAt), kind: RETENTION_DAILY, payload: {}, runAt, maxAttempts: 5 }],
    skipDuplicates: true,
  });
}

/**
 * Called at start-up: makes sure today's run exists (due at once, so a server that was down
 * at 02:00 catches up). A day whose run is already recorded is left alone.
 */
export async function scheduleRetention(now = new Date()): Promise<void> {
  await queueRun(await getDb(), now);
}

export const retentionJobs: JobHandlers = {
  [RETENTION_DAILY]: async (_payload, { now }) => {
    const db = await getDb();
    // The next day's run is queued first, so a run that keeps failing does not end the chain.
    await queueRun(db, nextDailyRun(now));
    await runRetention(db, now);
  },
};
