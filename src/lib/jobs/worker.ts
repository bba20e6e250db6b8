// One job runner per server process: a loop that polls for due jobs every few seconds (and at
// once after a job is enqueued in this process), keeps a heartbeat for readiness, and stops
// on SIGTERM without claiming more work. State lives on globalThis because Next may evaluate
// this module more than once in one process.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { DEFAULT_LOCK_MS, runDueJobs, type JobHandlers } from "./run";
import { runnerIsAlive, type Heartbeat } from "./schedule";

export const POLL_INTERVAL_MS = 3_000;

interface Runner extends Heartbeat {
  workerId: string;
  stopping: boolean;
  wake?: () => void;
  done: Promise<void>;
  lastError: string | null;
}

const store = globalThis as unknown as { belongJobRunner?: Runner };

function sleep(ms: number, runner: Runner): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      runner.wake = undefined;
      resolve();
    }
    runner.wake = finish;
  });
}

async function loop(runner: Runner, handlers: JobHandlers, intervalMs: number): Promise<void> {
  while (!runner.stopping) {
    try {
      await runDueJobs(await getDb(), {
        handlers,
        workerId: runner.workerId,
        jitter: Math.random,
        onJob: (busy) => {
          runner.busySince = busy ? new Date() : null;
          if (!busy) runner.lastPollAt = new Date();
        },
        // A stop request ends the batch after the job in hand.
        stop: () => runner.stopping,
      });
      runner.lastError = null;
    } catch (error) {
      // The database may be restarting: try again at the next poll.
      runner.lastError = error instanceof Error ? error.message : String(error);
      console.error("job runner: polling failed", runner.lastError);
    }
    runner.lastPollAt = new Date();
    if (!runner.stopping) await sleep(intervalMs, runner);
  }
}

/** Starts this process's runner (once; later calls return the running one). */
export function startJobRunner(
  handlers: JobHandlers,
  { intervalMs = POLL_INTERVAL_MS }: { intervalMs?: number } = {},
): { workerId: string } {
  const existing = store.belongJobRunner;
  if (existing && !existing.stopping) return existing;
  const runner: Runner = {
    workerId: `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
    stopping: false,
    lastPollAt: null,
    busySince: null,
    lastError: null,
    done: Promise.resolve(),
  };
  store.belongJobRunner = runner;
  runner.done = loop(runner, handlers, intervalMs);
  return runner;
}

/** Stops claiming jobs and waits for the one in hand (if any) to finish. */
export async function stopJobRunner(): Promise<void> {
  const runner = store.belongJobRunner;
  if (!runner) return;
  runner.stopping = true;
  runner.wake?.();
  await runner.done;
  if (store.belongJobRunner === runner) store.belongJobRunner = undefined;
}

/** Polls soon (the enqueueing transaction commits first), instead of at the next interval. */
export function wakeJobRunner(): void {
  const runner = store.belongJobRunner;
  if (runner?.wake) setTimeout(() => runner.wake?.(), 100).unref();
}

/** Whether this process's runner is polling (for GET /api/ready). */
export function jobRunnerIsAlive(now = new Date()): boolean {
  const runner = store.belongJobRunner;
  if (!runner || runner.stopping) return false;
  return runnerIsAlive(runner, now, {
    staleMs: Math.max(POLL_INTERVAL_MS * 5, 15_000),
    lockMs: DEFAULT_LOCK_MS,
  });
}
