// Runs once when a server process starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  // Next replaces this literal at build time, so the Edge bundle never sees the job runner
  // (src/lib/env.ts cannot be used here for that reason).
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundJobs } = await import("./start-jobs");
  startBackgroundJobs();
}

// Next calls this for every error thrown while handling a request: one scrubbed JSON log line
// with the request's id, and the optional error reporter (src/lib/log).
export { logRequestError as onRequestError } from "@/lib/log/request-error";
