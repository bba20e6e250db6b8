import { describe, expect, it } from "vitest";
import { afterFailure, retryDelayMs, runnerIsAlive } from "./schedule";

const policy = { baseMs: 1_000, maxMs: 60_000 };

describe("retryDelayMs", () => {
  it("doubles the pause after each failed try", () => {
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, policy))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000,
    ]);
  });

  it("never waits longer than the cap, however many tries failed", () => {
    expect(retryDelayMs(7, policy)).toBe(60_000);
    expect(retryDelayMs(1_000, policy)).toBe(60_000);
  });

  it("treats a nonsense attempt count as the first try", () => {
    expect(retryDelayMs(0, policy)).toBe(1_000);
    expect(retryDelayMs(-3, policy)).toBe(1_000);
  });

  it("spreads retries over at most the last fifth of the pause", () => {
    expect(retryDelayMs(3, policy, 1)).toBe(3_200);
    expect(retryDelayMs(3, policy, 0.5)).toBe(3_600);
    expect(retryDelayMs(3, policy, 7)).toBe(3_200);
  });
});

describe("afterFailure", () => {
  const now = new Date("2026-12-07T10:00:00Z");

  it("retries later while tries remain", () => {
    expect(afterFailure(now, 2, 5, policy)).toEqual({
      status: "PENDING",
      runAt: new Date("2026-12-07T10:00:02Z"),
    });
  });

  it("gives up after the last allowed try", () => {
    expect(afterFailure(now, 5, 5, policy)).toEqual({ status: "FAILED" });
    expect(afterFailure(now, 6, 5, policy)).toEqual({ status: "FAILED" });
  });
});

describe("runnerIsAlive", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const limits = { staleMs: 15_000, lockMs: 300_000 };

  it("is alive after a recent poll", () => {
    expect(runnerIsAlive({ lastPollAt: ago(5_000), busySince: null }, now, limits)).toBe(true);
  });

  it("is not alive when it never polled or stopped polling", () => {
    expect(runnerIsAlive({ lastPollAt: null, busySince: null }, now, limits)).toBe(false);
    expect(runnerIsAlive({ lastPollAt: ago(60_000), busySince: null }, now, limits)).toBe(false);
  });

  it("is alive while a job runs within its lock, not after", () => {
    const beat = (busy: number) => ({ lastPollAt: ago(200_000), busySince: ago(busy) });
    expect(runnerIsAlive(beat(100_000), now, limits)).toBe(true);
    expect(runnerIsAlive(beat(400_000), now, limits)).toBe(false);
  });
});
