// Slowing down password guessing without letting anyone lock a colleague out for long. Three
// limits, each counting wrong passwords:
// - per client (a keyed hash of its address), across every account: SIGN_IN_LIMITS.client
//   stops a password spray; the client is refused, before any password is checked, until its
//   window ends (at most 15 minutes);
// - per account and client: after SIGN_IN_LIMITS.accountClient wrong passwords for one account
//   from one client, that client cannot sign in to that account until its window ends, while
//   the owner elsewhere still can;
// - per account, whatever the client (guessing spread over many addresses): after MAX_FAILURES
//   in a row the account is locked for LOCK_MS, twice as long each time it goes on, never more
//   than MAX_LOCK_MS. A successful sign-in (or a password reset) starts over.
export const MAX_FAILURES = 10;
export const LOCK_MS = 60 * 1000;
export const MAX_LOCK_MS = 15 * 60 * 1000;

export const SIGN_IN_LIMITS = {
  /** 30 wrong passwords in 15 minutes from one address: a whole staff room of typos. */
  client: { name: "sign-in-client", limit: 30, windowSeconds: 15 * 60 },
  /** 5 wrong passwords for one account from one address in 15 minutes. */
  accountClient: { name: "sign-in-account-client", limit: 5, windowSeconds: 15 * 60 },
} as const;

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
