import { describe, expect, it } from "vitest";
import {
  afterFailure,
  CLEARED,
  isLocked,
  LOCK_MS,
  MAX_FAILURES,
  MAX_LOCK_MS,
  SIGN_IN_LIMITS,
  type ThrottleState,
} from "./sign-in-throttle";

const now = new Date("2026-09-01T08:00:00Z");

function fail(times: number, start: ThrottleState = CLEARED): ThrottleState {
  let state = start;
  for (let i = 0; i < times; i += 1) state = afterFailure(state, now);
  return state;
}

describe("sign-in throttle", () => {
  it("counts failures without locking below the limit", () => {
    const state = fail(MAX_FAILURES - 1);
    expect(state.failedSignIns).toBe(MAX_FAILURES - 1);
    expect(isLocked(state, now)).toBe(false);
  });

  it("locks for LOCK_MS at the limit", () => {
    const state = fail(MAX_FAILURES);
    expect(isLocked(state, now)).toBe(true);
    expect(state.lockedUntil?.getTime()).toBe(now.getTime() + LOCK_MS);
    expect(isLocked(state, new Date(now.getTime() + LOCK_MS))).toBe(false);
  });

  it("doubles the lock for each further failure, up to MAX_LOCK_MS", () => {
    expect(fail(MAX_FAILURES + 1).lockedUntil?.getTime()).toBe(now.getTime() + 2 * LOCK_MS);
    expect(fail(MAX_FAILURES + 2).lockedUntil?.getTime()).toBe(now.getTime() + 4 * LOCK_MS);
    expect(fail(MAX_FAILURES + 30).lockedUntil?.getTime()).toBe(now.getTime() + MAX_LOCK_MS);
  });

  it("is not locked when cleared", () => {
    expect(isLocked(CLEARED, now)).toBe(false);
  });
});

describe("sign-in limits", () => {
  it("never lock an account for longer than a quarter of an hour", () => {
    expect(MAX_LOCK_MS).toBeLessThanOrEqual(15 * 60 * 1000);
    expect(fail(MAX_FAILURES + 1000).lockedUntil!.getTime() - now.getTime()).toBe(MAX_LOCK_MS);
    for (const rule of Object.values(SIGN_IN_LIMITS)) {
      expect(rule.windowSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("let one client's guesses at an account stop before the account itself locks", () => {
    expect(SIGN_IN_LIMITS.accountClient.limit).toBeLessThan(MAX_FAILURES);
    expect(SIGN_IN_LIMITS.client.limit).toBeGreaterThan(SIGN_IN_LIMITS.accountClient.limit);
  });
});
