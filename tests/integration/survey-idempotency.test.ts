// submitSurveyResponse: one response per participant, and retries (also racing ones) stored
// once with the first result.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { submitSurveyResponse } from "@/features/survey/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import { createRound } from "../support/factories";
import {
  body,
  HIGH_ANSWERS,
  LOW_ANSWERS,
  participant,
  refusal,
  schoolWithOpenRound,
} from "../support/survey";

const DAY = 24 * 60 * 60 * 1000;

// A fresh school per test: two groups and an open round for both.
let institutionId: string;
let code: string;
beforeEach(async () => ({ institutionId, code } = await schoolWithOpenRound()));

describe("submitSurveyResponse: one response per participant, retries stored once", () => {
  it("gives a retry the first result, also after the round has closed", async () => {
    const p = await participant(institutionId);
    const b = body(code, LOW_ANSWERS);
    const first = await submitSurveyResponse(b, p.resolve);
    const retry = await submitSurveyResponse(b, p.resolve);
    const afterClosing = await submitSurveyResponse(b, p.resolve, new Date(Date.now() + 2 * DAY));
    expect([first, retry, afterClosing]).toEqual([
      { next: "pathway-invitation" },
      { next: "pathway-invitation" },
      { next: "pathway-invitation" },
    ]);
    const db = await getDb();
    expect(await db.surveyResponse.count({ where: { submissionId: b.submissionId } })).toBe(1);
  });

  it("stores 10 parallel identical submissions once and answers all of them alike", async () => {
    const p = await participant(institutionId);
    const b = body(code, LOW_ANSWERS);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => submitSurveyResponse(b, p.resolve)),
    );
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : r.reason))).toEqual(
      Array.from({ length: 10 }, () => ({ next: "pathway-invitation" })),
    );
    const db = await getDb();
    expect(await db.surveyResponse.count({ where: { participantId: p.id } })).toBe(1);
    expect(await db.answer.count({ where: { response: { participantId: p.id } } })).toBe(8);
    expect(await db.pathwayProgress.count({ where: { participantId: p.id } })).toBe(1);
  });

  it("refuses a second, different submission by the same participant with already_answered", async () => {
    const p = await participant(institutionId);
    await submitSurveyResponse(body(code, HIGH_ANSWERS), p.resolve);
    const error = await refusal(submitSurveyResponse(body(code, LOW_ANSWERS), p.resolve));
    expect([error.status, error.code]).toEqual([409, "already_answered"]);
    const db = await getDb();
    expect(await db.surveyResponse.count({ where: { participantId: p.id } })).toBe(1);
    expect(await db.pathwayProgress.count({ where: { participantId: p.id } })).toBe(0);
  });

  it("keeps exactly one of several different submissions racing for one participant", async () => {
    const p = await participant(institutionId);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => submitSurveyResponse(body(code, LOW_ANSWERS), p.resolve)),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const codes = results.flatMap((r) =>
      r.status === "rejected" && r.reason instanceof AppError ? [r.reason.code] : [],
    );
    expect(fulfilled).toHaveLength(1);
    expect(codes).toEqual(Array.from({ length: 5 }, () => "already_answered"));
    const db = await getDb();
    expect(await db.surveyResponse.count({ where: { participantId: p.id } })).toBe(1);
  });

  it("lets the same participant answer another round", async () => {
    const p = await participant(institutionId);
    const other = await createRound(institutionId, { kind: "PULSE" });
    await submitSurveyResponse(body(code, HIGH_ANSWERS), p.resolve);
    expect(await submitSurveyResponse(body(other.code, HIGH_ANSWERS), p.resolve)).toEqual({
      next: "thanks",
    });
  });

  it("refuses a submissionId already used for another round with a conflict", async () => {
    const p = await participant(institutionId);
    const other = await createRound(institutionId);
    const submissionId = randomUUID();
    await submitSurveyResponse(body(code, HIGH_ANSWERS, { submissionId }), p.resolve);
    const error = await refusal(
      submitSurveyResponse(body(other.code, HIGH_ANSWERS, { submissionId }), p.resolve),
    );
    expect([error.status, error.code]).toEqual([409, "conflict"]);
  });
});
