import { describe, expect, it } from "vitest";
import {
  afterFailure,
  CLEARED,
  isLocked,
  LOCK_MS,
  MAX_FAILURES,
  MAX_LOCK_MS,
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
