// The public writes answer from memory what does not change (a round by its code, the school
// of a code) and check what may change in the write's own statement: a round closed or a group
// taken out by another instance refuses the answer, a client over its wrong-code budget is
// refused even with a remembered code, and a client over its limit is refused without another
// database write.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as advicePost } from "@/app/api/v1/advice/route";
import { POST as surveyPost } from "@/app/api/v1/survey-responses/route";
import { getDb } from "@/lib/db";
import { clientKey, hitRateLimit, RATE_LIMITS } from "@/lib/http";
import { jar } from "../support/cookie-jar";
import { createGroup, createInstitution, createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";
import { body, HIGH_ANSWERS } from "../support/survey";

vi.mock("next/headers", () => import("../support/cookie-jar"));

let address = 0;
function newClient() {
  address += 1;
  const headers = { "x-forwarded-for": `192.0.2.${address}` };
  return { headers, key: clientKey({ headers: new Headers(headers) }) };
}
type Client = ReturnType<typeof newClient>;

async function submit(client: Client, payload: unknown) {
  jar.clear();
  return surveyPost(jsonRequest("/api/v1/survey-responses", payload, client.headers));
}

function advice(roundCode: string) {
  return {
    submissionId: randomUUID(),
    text: "Ask the trainer. They like questions.",
    locale: "en",
    consentToShare: true,
    source: "PATHWAY",
    roundCode,
  };
}

/** A new client that has used up its wrong-code budget. */
async function overWrongCodeBudget() {
  const guesser = newClient();
  for (let i = 0; i < RATE_LIMITS.roundCodeMisses.limit; i++) {
    await hitRateLimit(RATE_LIMITS.roundCodeMisses, guesser.key);
  }
  return guesser;
}

async function openRound() {
  const institutionId = (await createInstitution()).id;
  const groups = [await createGroup(institutionId), await createGroup(institutionId)];
  const round = await createRound(institutionId, { groupIds: groups.map((g) => g.id) });
  return { round, groups };
}

async function countsOf(client: Client, rule: { name: string }) {
  const db = await getDb();
  const rows = await db.rateLimit.findMany({ where: { key: `${rule.name}:${client.key}` } });
  return rows.reduce((sum, row) => sum + row.count, 0);
}

beforeEach(() => {
  // Each test starts just after the wrong-code window begins, so no window rolls over mid-test.
  vi.useFakeTimers({ toFake: ["Date"] });
  const windowMs = RATE_LIMITS.roundCodeMisses.windowSeconds * 1000;
  vi.setSystemTime(Math.floor(Date.now() / windowMs) * windowMs + windowMs + 1_000);
  return () => vi.useRealTimers();
});

describe("survey answers to a round known in memory", () => {
  it("refuses answers once the round was closed elsewhere, and stores nothing", async () => {
    const { round } = await openRound();
    const student = newClient();
    expect((await submit(student, body(round.code, HIGH_ANSWERS))).status).toBe(200);
    // Another instance closes the round: this one still remembers it as open.
    const db = await getDb();
    await db.surveyRound.update({ where: { id: round.id }, data: { closesAt: new Date() } });
    const late = body(round.code, HIGH_ANSWERS);
    const response = await submit(newClient(), late);
    expect(response.status).toBe(409);
    expect((await response.json()).code).toBe("round_closed");
    expect(await db.surveyResponse.count({ where: { submissionId: late.submissionId } })).toBe(0);
  });

  it("refuses a group taken out of the round elsewhere", async () => {
    const { round, groups } = await openRound();
    expect((await submit(newClient(), body(round.code, HIGH_ANSWERS))).status).toBe(200);
    const db = await getDb();
    await db.surveyRoundGroup.deleteMany({ where: { roundId: round.id, groupId: groups[1]!.id } });
    const moved = body(round.code, HIGH_ANSWERS, { groupId: groups[1]!.id });
    const response = await submit(newClient(), moved);
    expect(response.status).toBe(422);
    expect((await response.json()).code).toBe("validation_failed");
    expect(await db.surveyResponse.count({ where: { submissionId: moved.submissionId } })).toBe(0);
  });

  it("refuses a right code to a client over its wrong-code budget", async () => {
    const { round } = await openRound();
    expect((await submit(newClient(), body(round.code, HIGH_ANSWERS))).status).toBe(200);
    const guesser = await overWrongCodeBudget();
    const guess = body(round.code, HIGH_ANSWERS);
    const response = await submit(guesser, guess);
    expect(response.status).toBe(429);
    const db = await getDb();
    expect(await db.surveyResponse.count({ where: { submissionId: guess.submissionId } })).toBe(0);
  });

  it("refuses a client over its limit without counting it again in the database", async () => {
    const { round } = await openRound();
    const school = newClient();
    expect((await submit(school, body(round.code, HIGH_ANSWERS))).status).toBe(200);
    for (let i = 1; i < RATE_LIMITS.surveyResponses.limit; i++) {
      await hitRateLimit(RATE_LIMITS.surveyResponses, school.key);
    }
    expect((await submit(school, body(round.code, HIGH_ANSWERS))).status).toBe(429);
    const counted = await countsOf(school, RATE_LIMITS.surveyResponses);
    const again = await submit(school, body(round.code, HIGH_ANSWERS));
    expect(again.status).toBe(429);
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await countsOf(school, RATE_LIMITS.surveyResponses)).toBe(counted);
  });
});

describe("advice with a code known in memory", () => {
  it("refuses a right code to a client over its wrong-code budget, and stores nothing", async () => {
    const { round } = await openRound();
    const student = newClient();
    expect(
      (await advicePost(jsonRequest("/api/v1/advice", advice(round.code), student.headers))).status,
    ).toBe(201);
    const guesser = await overWrongCodeBudget();
    const sent = advice(round.code);
    const response = await advicePost(jsonRequest("/api/v1/advice", sent, guesser.headers));
    expect(response.status).toBe(429);
    const db = await getDb();
    expect(await db.advice.count({ where: { submissionId: sent.submissionId } })).toBe(0);
  });

  it("counts every piece of advice against the client's writing limit", async () => {
    const { round } = await openRound();
    const student = newClient();
    for (let i = 0; i < 3; i++) {
      const sent = advice(round.code);
      expect((await advicePost(jsonRequest("/api/v1/advice", sent, student.headers))).status).toBe(
        201,
      );
    }
    expect(await countsOf(student, RATE_LIMITS.pathwayWriting)).toBe(3);
  });
});
