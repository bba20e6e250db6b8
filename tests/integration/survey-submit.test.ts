// submitSurveyResponse: the endpoint's rules, called as the route handler does, with a fixed
// participant instead of the browser's cookie.
import { beforeEach, describe, expect, it } from "vitest";
import { submitSurveyResponse } from "@/features/survey/server";
import { getDb } from "@/lib/db";
import { createGroup, createRound } from "../support/factories";
import {
  body,
  HIGH_ANSWERS,
  LOW_ANSWERS,
  MID_ANSWERS,
  participant,
  refusal,
  schoolWithOpenRound,
} from "../support/survey";

const DAY = 24 * 60 * 60 * 1000;

// A fresh school per test: two groups and an open round for both.
let institutionId: string;
let code: string;
let groupIds: string[];
beforeEach(async () => ({ institutionId, code, groupIds } = await schoolWithOpenRound()));

async function stored(submissionId: string) {
  const db = await getDb();
  return db.surveyResponse.findUnique({ where: { submissionId }, include: { answers: true } });
}

describe("submitSurveyResponse: scoring and where the student goes next", () => {
  it("thanks a student with high answers and stores score, band and answers once", async () => {
    const p = await participant(institutionId);
    const b = body(code, { ...HIGH_ANSWERS, open_support: "  " }, { groupId: groupIds[1] });
    const result = await submitSurveyResponse(b, p.resolve);
    expect(result).toEqual({ next: "thanks" });

    const response = await stored(b.submissionId);
    expect(response).toMatchObject({
      participantId: p.id,
      groupId: groupIds[1],
      locale: "fr",
      score: 100,
      band: "HIGH",
      invitedToPathway: false,
    });
    const rows = response!.answers.map((a) => [a.itemKey, a.value, a.text]).sort();
    expect(rows).toEqual([
      ["barriers.nothing", 1, null],
      ["bu_bad_moment", 1, null],
      ["bu_fit_in", 7, null],
      ["bu_not_belong", 1, null],
      ["bu_wonder", 1, null],
      ["school_friends", 4, null],
      ["school_outsider", 1, null],
    ]);
    const db = await getDb();
    expect(await db.pathwayProgress.count({ where: { participantId: p.id } })).toBe(0);
  });

  it("invites a student in the LOW band, recorded for the funnel by the day", async () => {
    const p = await participant(institutionId);
    const now = new Date("2026-11-23T22:45:10Z");
    const round = await createRound(institutionId, {
      opensAt: new Date(now.getTime() - DAY),
      closesAt: new Date(now.getTime() + DAY),
    });
    const b = body(round.code, LOW_ANSWERS);
    expect(await submitSurveyResponse(b, p.resolve, now)).toEqual({ next: "pathway-invitation" });

    const response = await stored(b.submissionId);
    expect(response).toMatchObject({ score: 0, band: "LOW", invitedToPathway: true });
    expect(response!.submittedOn.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(response!.answers.filter((a) => a.itemKey.startsWith("barriers.")).length).toBe(2);
    const db = await getDb();
    const progress = await db.pathwayProgress.findUnique({ where: { participantId: p.id } });
    expect(progress?.invitedAt?.toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("invites anyone who writes what would help, whatever their band", async () => {
    const p = await participant(institutionId);
    const b = body(code, { ...HIGH_ANSWERS, open_support: "  More breaks together  " });
    expect(await submitSurveyResponse(b, p.resolve)).toEqual({ next: "pathway-invitation" });
    const response = await stored(b.submissionId);
    expect(response).toMatchObject({ band: "HIGH", invitedToPathway: true });
    expect(response!.answers.find((a) => a.itemKey === "open_support")?.text).toBe(
      "More breaks together",
    );
  });

  it("uses the institution's pathway threshold as the LOW band's limit", async () => {
    const first = await participant(institutionId);
    const mid = body(code, MID_ANSWERS);
    expect(await submitSurveyResponse(mid, first.resolve)).toEqual({ next: "thanks" });
    expect(await stored(mid.submissionId)).toMatchObject({ score: 65.3, band: "MID" });

    const db = await getDb();
    await db.institution.update({ where: { id: institutionId }, data: { pathwayThreshold: 70 } });
    const second = await participant(institutionId);
    const again = body(code, MID_ANSWERS);
    expect(await submitSurveyResponse(again, second.resolve)).toEqual({
      next: "pathway-invitation",
    });
    expect(await stored(again.submissionId)).toMatchObject({ score: 65.3, band: "LOW" });
  });

  it("stores no score or band with too few answers, and just thanks", async () => {
    const p = await participant(institutionId);
    const b = body(code, { bu_fit_in: 1, bu_wonder: 5, barriers: ["money"].slice(1) });
    expect(await submitSurveyResponse(b, p.resolve)).toEqual({ next: "thanks" });
    expect(await stored(b.submissionId)).toMatchObject({ score: null, band: null });
  });

  it("stores a response with every question skipped, without answers or score", async () => {
    const p = await participant(institutionId);
    const b = body(code, { barriers: [], open_support: "" });
    expect(await submitSurveyResponse(b, p.resolve)).toEqual({ next: "thanks" });
    expect(await stored(b.submissionId)).toMatchObject({ score: null, band: null, answers: [] });
  });

  it("keeps the first invitation date when a later round invites again", async () => {
    const p = await participant(institutionId);
    const first = new Date("2026-09-02T10:00:00Z");
    const later = new Date("2027-02-03T10:00:00Z");
    for (const now of [first, later]) {
      const round = await createRound(institutionId, {
        opensAt: new Date(now.getTime() - DAY),
        closesAt: new Date(now.getTime() + DAY),
      });
      await submitSurveyResponse(body(round.code, LOW_ANSWERS), p.resolve, now);
    }
    const db = await getDb();
    const progress = await db.pathwayProgress.findUnique({ where: { participantId: p.id } });
    expect(progress?.invitedAt?.toISOString()).toBe("2026-09-02T00:00:00.000Z");
  });
});

describe("submitSurveyResponse: groups", () => {
  it("stores the chosen group, none for 'rather not say', and the only group by itself", async () => {
    const a = await participant(institutionId);
    const chosen = body(code, HIGH_ANSWERS, { groupId: groupIds[0] });
    await submitSurveyResponse(chosen, a.resolve);
    expect((await stored(chosen.submissionId))?.groupId).toBe(groupIds[0]);

    const b = await participant(institutionId);
    const notSaying = body(code, HIGH_ANSWERS, { groupId: null });
    await submitSurveyResponse(notSaying, b.resolve);
    expect((await stored(notSaying.submissionId))?.groupId).toBeNull();

    const only = await createGroup(institutionId);
    const single = await createRound(institutionId, { groupIds: [only.id] });
    const c = await participant(institutionId);
    const implied = body(single.code, HIGH_ANSWERS);
    await submitSurveyResponse(implied, c.resolve);
    expect((await stored(implied.submissionId))?.groupId).toBe(only.id);
  });
});

describe("submitSurveyResponse: refusals", () => {
  it("answers not_found (404) for an unknown or malformed code", async () => {
    const p = await participant(institutionId);
    for (const unknown of ["ZZZZZZ", "no", "!!!!!!"]) {
      const error = await refusal(submitSurveyResponse(body(unknown, HIGH_ANSWERS), p.resolve));
      expect([error.status, error.code]).toEqual([404, "not_found"]);
    }
  });

  it("finds the round by the code as typed: lower case, spaces and hyphens", async () => {
    const p = await participant(institutionId);
    const typed = `${code.slice(0, 3).toLowerCase()} - ${code.slice(3)}`;
    expect(await submitSurveyResponse(body(typed, HIGH_ANSWERS), p.resolve)).toEqual({
      next: "thanks",
    });
  });

  it("answers 409 round_not_open before and round_closed after the round, storing nothing", async () => {
    const p = await participant(institutionId);
    const upcoming = await createRound(institutionId, {
      opensAt: new Date(Date.now() + DAY),
      closesAt: new Date(Date.now() + 2 * DAY),
    });
    const closed = await createRound(institutionId, {
      opensAt: new Date(Date.now() - 2 * DAY),
      closesAt: new Date(Date.now() - DAY),
    });
    const early = await refusal(submitSurveyResponse(body(upcoming.code, LOW_ANSWERS), p.resolve));
    expect([early.status, early.code]).toEqual([409, "round_not_open"]);
    const late = await refusal(submitSurveyResponse(body(closed.code, LOW_ANSWERS), p.resolve));
    expect([late.status, late.code]).toEqual([409, "round_closed"]);
    const db = await getDb();
    expect(await db.surveyResponse.count({ where: { participantId: p.id } })).toBe(0);
    expect(await db.pathwayProgress.count({ where: { participantId: p.id } })).toBe(0);
  });

  it("closes exactly at closesAt", async () => {
    const p = await participant(institutionId);
    const closesAt = new Date("2026-12-01T12:00:00Z");
    const round = await createRound(institutionId, {
      opensAt: new Date("2026-11-01T00:00:00Z"),
      closesAt,
    });
    const justBefore = new Date(closesAt.getTime() - 1);
    expect(
      await submitSurveyResponse(body(round.code, HIGH_ANSWERS), p.resolve, justBefore),
    ).toEqual({
      next: "thanks",
    });
    const other = await participant(institutionId);
    const error = await refusal(
      submitSurveyResponse(body(round.code, HIGH_ANSWERS), other.resolve, closesAt),
    );
    expect(error.code).toBe("round_closed");
  });

  it("answers 422 listing every invalid field, and stores and creates nothing", async () => {
    let asked = 0;
    const resolve = async () => {
      asked++;
      return "p_never";
    };
    const b = body(
      code,
      {
        bu_fit_in: 9,
        bu_wonder: 2.5,
        barriers: ["classmates", "nothing"],
        open_support: "x".repeat(501),
        favourite_colour: 3,
      },
      { groupId: "not-a-group-of-this-round" },
    );
    const error = await refusal(submitSurveyResponse(b, resolve));
    expect([error.status, error.code]).toEqual([422, "validation_failed"]);
    expect(error.options.fields?.map((f) => f.field).sort()).toEqual([
      "answers.barriers",
      "answers.bu_fit_in",
      "answers.bu_wonder",
      "answers.favourite_colour",
      "answers.open_support",
      "groupId",
    ]);
    expect(asked).toBe(0);
    const db = await getDb();
    expect(await db.surveyResponse.count({ where: { round: { code } } })).toBe(0);
    expect(await db.answer.count({ where: { response: { round: { code } } } })).toBe(0);
  });

  it("refuses a group of another round of the same school", async () => {
    const p = await participant(institutionId);
    const elsewhere = await createGroup(institutionId);
    const error = await refusal(
      submitSurveyResponse(body(code, HIGH_ANSWERS, { groupId: elsewhere.id }), p.resolve),
    );
    expect(error.options.fields).toEqual([
      { field: "groupId", message: "This group is not part of the round." },
    ]);
  });
});

describe("submitSurveyResponse: a worrying free-text answer", () => {
  it("raises one flag for the round's school, with no text and no student, however often it is sent", async () => {
    const p = await participant(institutionId);
    const b = body(code, {
      ...HIGH_ANSWERS,
      open_support: "tout va bien en cours mais parfois j'ai envie de mourir le soir",
    });
    await submitSurveyResponse(b, p.resolve);
    await submitSurveyResponse(b, p.resolve);
    const db = await getDb();
    const flags = await db.safeguardingFlag.findMany({ where: { institutionId } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ trigger: "survey:self-harm", status: "NEW", adviceId: null });
    expect(JSON.stringify(flags[0])).not.toContain("mourir");
  });

  it("raises nothing for ordinary wishes", async () => {
    const p = await participant(institutionId);
    await submitSurveyResponse(
      body(code, { ...HIGH_ANSWERS, open_support: "plus de temps avec les profs en atelier" }),
      p.resolve,
    );
    const db = await getDb();
    expect(await db.safeguardingFlag.count({ where: { institutionId } })).toBe(0);
  });
});
