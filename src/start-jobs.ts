// Starts this server process's job runner and stops it on SIGTERM, so a stopping instance
// claims no new job and finishes the one in hand (a job cut short is retried elsewhere once
// its lock expires).
import "server-only";
import { isBuildPhase } from "@/lib/env";
import { startJobRunner, stopJobRunner } from "@/lib/jobs";
import { scheduleRetention } from "@/features/retention/server";
import { jobHandlers } from "./jobs";

export function startBackgroundJobs(): void {
  // `next build` may load instrumentation in its workers: they must not touch the database.
  if (isBuildPhase()) return;
  startJobRunner(jobHandlers);
  // Today's retention run, unless it is already queued or done; each run queues the next.
  scheduleRetention().catch((error: unknown) => {
    console.error("Could not schedule the retention job:", error);
  });
  process.once("SIGTERM", () => {
    void stopJobRunner();
  });
}
