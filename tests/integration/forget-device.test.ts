// "Forget this device" through its endpoint, as two phones use Belong in two schools: exactly
// the forgetting device's rows go (or, for closed rounds, stop being linked to it); the other
// device's rows, advice and the closed round's figures stay as they were.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as advicePost } from "@/app/api/v1/advice/route";
import { POST as forgetPost } from "@/app/api/v1/device/forget/route";
import { POST as progressPost } from "@/app/api/v1/pathway-progress/route";
import { POST as reflectionsPost } from "@/app/api/v1/reflections/route";
import { POST as surveyPost } from "@/app/api/v1/survey-responses/route";
import { getDb } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { PARTICIPANT_COOKIE, participantIdsOfDevice, SCHOOL_COOKIE } from "@/lib/participant";
import { signSchool } from "@/lib/participant/school-cookie";
import { verifyDeviceKey } from "@/lib/participant/device-key";
import { jar } from "../support/cookie-jar";
import { createGroup, createInstitution, createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";
import { HIGH_ANSWERS, LOW_ANSWERS } from "../support/survey";

vi.mock("next/headers", () => import("../support/cookie-jar"));

let schoolA: string;
let schoolB: string;
let openA: string;
let closedA: string;
let openB: string;
let requestNumber = 0;

function post(path: string, body: unknown) {
  requestNumber += 1;
  return jsonRequest(path, body, { "x-forwarded-for": `10.9.0.${requestNumber % 250}` });
}

/** One phone's whole use of Belong; returns its cookie. */
async function useBelong(answers: typeof HIGH_ANSWERS | typeof LOW_ANSWERS): Promise<string> {
  jar.clear();
  for (const roundCode of [openA, closedA, openB]) {
    const response = await surveyPost(
      post("/api/v1/survey-responses", {
        roundCode,
        submissionId: randomUUID(),
        locale: "en",
        answers,
      }),
    );
    expect(response.status).toBe(200);
  }
  for (const roundCode of [openA, undefined]) {
    const reflection = {
      submissionId: randomUUID(),
      storySlug: "theo-new-class",
      locale: "en",
      text: "I sit alone at lunch sometimes.",
      ...(roundCode ? { roundCode } : {}),
    };
    expect((await reflectionsPost(post("/api/v1/reflections", reflection))).status).toBe(201);
  }
  const progress = {
    storiesRead: ["theo-new-class"],
    completedSteps: ["welcome"],
    roundCode: openA,
  };
  expect((await progressPost(post("/api/v1/pathway-progress", progress))).status).toBe(200);
  const advice = {
    submissionId: randomUUID(),
    text: "Ask someone to have lunch with you. Most people say yes.",
    locale: "en",
    consentToShare: true,
    source: "PATHWAY",
    roundCode: openA,
  };
  expect((await advicePost(post("/api/v1/advice", advice))).status).toBe(201);
  return jar.get(PARTICIPANT_COOKIE)!;
}

function participantIds(cookie: string): string[] {
  const key = verifyDeviceKey(authSecret(), cookie)!;
  return participantIdsOfDevice(key, [schoolA, schoolB]);
}

/** Everything stored under a device's participants, and the closed round's figures. */
async function rowsOf(cookie: string) {
  const db = await getDb();
  const ids = participantIds(cookie);
  return {
    participants: await db.participant.count({ where: { id: { in: ids } } }),
    responses: await db.surveyResponse.count({ where: { participantId: { in: ids } } }),
    reflections: await db.reflection.count({ where: { participantId: { in: ids } } }),
    progress: await db.pathwayProgress.count({ where: { participantId: { in: ids } } }),
  };
}

async function closedRoundFigures() {
  const db = await getDb();
  const responses = await db.surveyResponse.findMany({
    where: { round: { code: closedA } },
    select: {
      score: true,
      band: true,
      groupId: true,
      answers: { select: { itemKey: true, value: true } },
    },
  });
  return responses
    .map((r) =>
      JSON.stringify([
        r.score,
        r.band,
        r.groupId,
        r.answers.sort((a, b) => a.itemKey.localeCompare(b.itemKey)),
      ]),
    )
    .sort();
}

function forget(body: unknown = { confirm: true }) {
  return forgetPost(post("/api/v1/device/forget", body));
}

let leaving: string;
let staying: string;

beforeAll(async () => {
  schoolA = (await createInstitution({ name: "School A" })).id;
  schoolB = (await createInstitution({ name: "School B" })).id;
  const groupA = await createGroup(schoolA);
  const groupB = await createGroup(schoolB);
  openA = (await createRound(schoolA, { groupIds: [groupA.id] })).code;
  closedA = (await createRound(schoolA, { groupIds: [groupA.id] })).code;
  openB = (await createRound(schoolB, { groupIds: [groupB.id] })).code;
  leaving = await useBelong(LOW_ANSWERS);
  staying = await useBelong(HIGH_ANSWERS);
  // The round closes after both answered: its figures have been shown to staff.
  const db = await getDb();
  await db.surveyRound.update({
    where: { code: closedA },
    data: { closesAt: new Date(Date.now() - 60_000) },
  });
});

describe("POST /api/v1/device/forget", () => {
  it("refuses a body without the confirmation, deleting nothing and keeping the cookie", async () => {
    jar.clear();
    jar.set(PARTICIPANT_COOKIE, leaving);
    const before = await rowsOf(leaving);
    for (const body of [{}, { confirm: "yes" }, { confirm: false }, { confirm: true, extra: 1 }]) {
      const response = await forget(body);
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await response.json()).code).toBe("validation_failed");
    }
    const wrongType = await forgetPost(
      new Request("http://localhost/api/v1/device/forget", {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: '{"confirm":true}',
      }),
    );
    expect(wrongType.status).toBe(400);
    expect(await rowsOf(leaving)).toEqual(before);
    expect(jar.get(PARTICIPANT_COOKIE)).toBe(leaving);
  });

  it("deletes exactly this device's rows in every school, clears the cookie, keeps the rest", async () => {
    const db = await getDb();
    const leavingBefore = await rowsOf(leaving);
    // Two participants (school A, and school B, which the device remembers from its last survey
    // and where the reflection sent without a code went), each kind of row present.
    expect(leavingBefore).toMatchObject({ participants: 2, responses: 3, reflections: 2 });
    expect(leavingBefore.progress).toBeGreaterThan(0);
    const otherBefore = await rowsOf(staying);
    const adviceBefore = await db.advice.count();
    const figuresBefore = await closedRoundFigures();
    const participantsBefore = await db.participant.count();

    jar.clear();
    jar.set(PARTICIPANT_COOKIE, leaving);
    jar.set(SCHOOL_COOKIE, signSchool(authSecret(), schoolA));
    const response = await forget();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      forgotten: true,
      responsesDeleted: 2,
      responsesUnlinked: 1,
      reflectionsDeleted: 2,
      participantsDeleted: 2,
    });
    expect(jar.has(PARTICIPANT_COOKIE)).toBe(false);
    // The school it remembered goes too: the phone starts again as a new one.
    expect(jar.has(SCHOOL_COOKIE)).toBe(false);

    expect(await rowsOf(leaving)).toEqual({
      participants: 0,
      responses: 0,
      reflections: 0,
      progress: 0,
    });
    expect(await rowsOf(staying)).toEqual(otherBefore);
    expect(await db.advice.count()).toBe(adviceBefore);
    // The closed round's answers stay, unchanged, under an id no device derives.
    expect(await closedRoundFigures()).toEqual(figuresBefore);
    const kept = await db.surveyResponse.findMany({
      where: { round: { code: closedA } },
      select: { participantId: true, participant: { select: { institutionId: true } } },
    });
    expect(kept).toHaveLength(2);
    const ownIds = new Set([...participantIds(leaving), ...participantIds(staying)]);
    const unlinked = kept.filter((r) => !ownIds.has(r.participantId));
    expect(unlinked).toHaveLength(1);
    expect(unlinked[0]!.participant.institutionId).toBe(schoolA);
    // Two participants went, one unlinked keeper came.
    expect(await db.participant.count()).toBe(participantsBefore - 2 + 1);
    // The open rounds now hold only the other device's answer.
    for (const code of [openA, openB]) {
      expect(await db.surveyResponse.count({ where: { round: { code } } })).toBe(1);
    }
  });

  it("is safe to repeat: with the old cookie or none, it answers 200 and removes nothing more", async () => {
    const db = await getDb();
    const before = {
      participants: await db.participant.count(),
      responses: await db.surveyResponse.count(),
      reflections: await db.reflection.count(),
    };
    for (const cookie of [leaving, undefined]) {
      jar.clear();
      if (cookie) jar.set(PARTICIPANT_COOKIE, cookie);
      const response = await forget();
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ participantsDeleted: 0, responsesDeleted: 0 });
      expect(jar.has(PARTICIPANT_COOKIE)).toBe(false);
    }
    expect({
      participants: await db.participant.count(),
      responses: await db.surveyResponse.count(),
      reflections: await db.reflection.count(),
    }).toEqual(before);
  });

  it("ignores a forged cookie: nothing of anyone is deleted", async () => {
    const before = await rowsOf(staying);
    const [key] = staying.split(".");
    jar.clear();
    jar.set(PARTICIPANT_COOKIE, `${key}.forged-signature`);
    expect((await forget()).status).toBe(200);
    expect(await rowsOf(staying)).toEqual(before);
  });
});
