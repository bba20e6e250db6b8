// The wrong-code guard counts in fixed windows (src/lib/http/rate-limit.ts, five minutes for
// codes). A test that makes a budget's worth of misses starts well inside one window, so they
// all count together: across a window's edge they would be split between two.
import { test } from "./fixtures";

const CODE_WINDOW_MS = 5 * 60 * 1000;

/** Waits past the next window edge when fewer than `marginMs` are left before it. */
export async function startInsideOneCodeWindow(marginMs = 30_000): Promise<void> {
  const left = CODE_WINDOW_MS - (Date.now() % CODE_WINDOW_MS);
  if (left >= marginMs) return;
  // The wait is not the test's own time: its timeout grows by as much.
  test.info().setTimeout(test.info().timeout + left + 1_000);
  await new Promise((resolve) => setTimeout(resolve, left + 1_000));
}
