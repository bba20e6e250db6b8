import { describe, expect, it } from "vitest";
import {
  monthsBefore,
  nextDailyRun,
  previewMoments,
  RETENTION_LIMITS,
  retentionCutoffs,
} from "./policy";

const defaults = {
  reflectionRetentionWeeks: RETENTION_LIMITS.reflectionRetentionWeeks.default,
  answerRetentionMonths: RETENTION_LIMITS.answerRetentionMonths.default,
  flagRetentionMonths: RETENTION_LIMITS.flagRetentionMonths.default,
  auditRetentionMonths: RETENTION_LIMITS.auditRetentionMonths.default,
};

describe("retention cut-offs", () => {
  it("counts months back on the calendar, clamping to a shorter month's last day", () => {
    expect(monthsBefore(new Date("2027-03-31T10:00:00Z"), 1).toISOString()).toBe(
      "2027-02-28T10:00:00.000Z",
    );
    expect(monthsBefore(new Date("2027-01-15T00:00:00Z"), 12).toISOString()).toBe(
      "2026-01-15T00:00:00.000Z",
    );
    expect(monthsBefore(new Date("2028-05-31T00:00:00Z"), 3).toISOString()).toBe(
      "2028-02-29T00:00:00.000Z",
    );
  });

  it("derives every cut-off from the policy and the clock", () => {
    const cut = retentionCutoffs(defaults, new Date("2027-06-30T02:00:00Z"));
    expect(cut.activityDay).toBe("2027-05-05");
    expect(cut.roundsClosedBy.toISOString()).toBe("2026-06-30T02:00:00.000Z");
    expect(cut.flagsResolvedBy.toISOString()).toBe("2025-06-30T02:00:00.000Z");
    expect(cut.auditBy.toISOString()).toBe("2025-06-30T02:00:00.000Z");
    expect(cut.jobsFinishedBy.toISOString()).toBe("2027-05-31T02:00:00.000Z");
  });

  it("keeps defaults inside their limits", () => {
    for (const limit of Object.values(RETENTION_LIMITS)) {
      expect(limit.default).toBeGreaterThanOrEqual(limit.min);
      expect(limit.default).toBeLessThanOrEqual(limit.max);
    }
  });
});

describe("the daily schedule", () => {
  it("runs next at 02:00 UTC, today when that is still ahead, else tomorrow", () => {
    expect(nextDailyRun(new Date("2027-01-10T01:59:00Z")).toISOString()).toBe(
      "2027-01-10T02:00:00.000Z",
    );
    expect(nextDailyRun(new Date("2027-01-10T02:00:00Z")).toISOString()).toBe(
      "2027-01-11T02:00:00.000Z",
    );
    expect(nextDailyRun(new Date("2027-12-31T23:00:00Z")).toISOString()).toBe(
      "2028-01-01T02:00:00.000Z",
    );
  });

  it("previews the next run and later moments in order", () => {
    const moments = previewMoments(new Date("2027-01-10T12:00:00Z"));
    expect(moments.map((m) => m.toISOString().slice(0, 10))).toEqual([
      "2027-01-11",
      "2027-02-10",
      "2027-04-11",
    ]);
  });
});
