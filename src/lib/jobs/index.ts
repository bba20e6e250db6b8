// Durable background jobs in PostgreSQL (and the embedded PGlite): enqueue in the caller's
// transaction, run once across app instances, retried with backoff. See ARCHITECTURE.md.
export { enqueueJob, type EnqueueOptions, type JobWriter } from "./enqueue";
export { runDueJobs, type JobHandler, type JobHandlers, type JobContext } from "./run";
export { startJobRunner, stopJobRunner, wakeJobRunner, jobRunnerIsAlive } from "./worker";
export { retryDelayMs, afterFailure, DEFAULT_RETRY, type RetryPolicy } from "./schedule";
