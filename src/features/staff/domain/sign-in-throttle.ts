// Slowing down password guessing: after MAX_FAILURES wrong passwords in a row an account is
// locked for LOCK_MS; every further failure once the lock has passed locks it again, twice
// as long, up to MAX_LOCK_MS. A successful sign-in (or a password reset) starts over.

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
export const MAX_LOCK_MS = 4 * 60 * 60 * 1000;

export interface ThrottleState {
  failedSignIns: number;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState, now: Date = new Date()): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed sign-in. */
export function afterFailure(state: ThrottleState, now: Date = new Date()): ThrottleState {
  const failedSignIns = state.failedSignIns + 1;
  if (failedSignIns < MAX_FAILURES) return { failedSignIns, lockedUntil: state.lockedUntil };
  const doublings = Math.min(failedSignIns - MAX_FAILURES, 8);
  const lockMs = Math.min(LOCK_MS * 2 ** doublings, MAX_LOCK_MS);
  return { failedSignIns, lockedUntil: new Date(now.getTime() + lockMs) };
}

export const CLEARED: ThrottleState = { failedSignIns: 0, lockedUntil: null };
