// POST /api/v1/survey-responses through its route handler, with the browser's cookie jar
// standing in for next/headers; and the student page's view of a round.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/survey-responses/route";
import { loadStudentRound } from "@/features/survey/server";
import { getDb } from "@/lib/db";
import { currentParticipantId, PARTICIPANT_COOKIE } from "@/lib/participant";
import { createGroup, createInstitution, createRound } from "../support/factories";
import { body, HIGH_ANSWERS, LOW_ANSWERS } from "../support/survey";

// One browser's cookies; tests clear it to play a new phone.
const jar = new Map<string, { value: string; httpOnly?: boolean }>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options: { httpOnly?: boolean } = {}) => {
      jar.set(name, { value, httpOnly: options.httpOnly });
    },
  }),
  headers: async () => new Headers(),
}));

function post(payload: unknown, init: { contentType?: string; raw?: string } = {}) {
  return POST(
    new Request("http://localhost/api/v1/survey-responses", {
      method: "POST",
      headers: { "content-type": init.contentType ?? "application/json" },
      body: init.raw ?? JSON.stringify(payload),
    }),
  );
}

let institutionId: string;
let code: string;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  institutionId = (await createInstitution()).id;
  const groups = [await createGroup(institutionId), await createGroup(institutionId)];
  code = (await createRound(institutionId, { groupIds: groups.map((g) => g.id) })).code;
});

afterEach(() => {
  jar.clear();
  vi.restoreAllMocks();
});

async function responsesFor(submissionId: string) {
  const db = await getDb();
  return db.surveyResponse.count({ where: { submissionId } });
}

describe("POST /api/v1/survey-responses", () => {
  it("stores the answers, sets the participant cookie and says only where to go next", async () => {
    const b = body(code, LOW_ANSWERS);
    const response = await post(b);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const json = await response.json();
    expect(json).toEqual({ next: "pathway-invitation" });
    expect(JSON.stringify(json)).not.toMatch(/score|band|low/i);
    expect(jar.get(PARTICIPANT_COOKIE)?.httpOnly).toBe(true);
    expect(await responsesFor(b.submissionId)).toBe(1);
  });

  it("answers a retry from the same phone with the same result, stored once", async () => {
    const b = body(code, HIGH_ANSWERS);
    const first = await post(b);
    const retry = await post(b);
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(await retry.json()).toEqual(await first.json());
    expect(await responsesFor(b.submissionId)).toBe(1);
  });

  it("stores 10 concurrent identical submissions once, from a known phone", async () => {
    await post(body(code, HIGH_ANSWERS, { roundCode: "ZZZZZZ" })); // 404, but no cookie yet
    const other = await createRound(institutionId, { kind: "PULSE" });
    // The phone gets its cookie with a first answer to another round.
    expect((await post(body(other.code, HIGH_ANSWERS))).status).toBe(200);
    const b = body(code, LOW_ANSWERS);
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(b)));
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((j) => JSON.stringify(j)))).toEqual(
      new Set([JSON.stringify({ next: "pathway-invitation" })]),
    );
    expect(await responsesFor(b.submissionId)).toBe(1);
  });

  it("stores 10 concurrent identical submissions once, from a phone without a cookie", async () => {
    const b = body(code, HIGH_ANSWERS);
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(b)));
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    expect(await responsesFor(b.submissionId)).toBe(1);
  });

  it("refuses a second, different submission from the same phone with 409 already_answered", async () => {
    expect((await post(body(code, HIGH_ANSWERS))).status).toBe(200);
    const second = await post(body(code, LOW_ANSWERS));
    expect(second.status).toBe(409);
    expect(second.headers.get("content-type")).toBe("application/problem+json");
    expect(await second.json()).toMatchObject({ status: 409, code: "already_answered" });
  });

  it("answers 404 problem+json for an unknown code", async () => {
    const response = await post(body("QQQQQQ", HIGH_ANSWERS));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      code: "not_found",
      instance: "/api/v1/survey-responses",
    });
  });

  it("answers 409 round_closed and round_not_open", async () => {
    const closed = await createRound(institutionId, {
      opensAt: new Date(Date.now() - 2 * DAY),
      closesAt: new Date(Date.now() - DAY),
    });
    const upcoming = await createRound(institutionId, {
      opensAt: new Date(Date.now() + DAY),
      closesAt: new Date(Date.now() + 2 * DAY),
    });
    const late = await post(body(closed.code, HIGH_ANSWERS));
    const early = await post(body(upcoming.code, HIGH_ANSWERS));
    expect([late.status, (await late.json()).code]).toEqual([409, "round_closed"]);
    expect([early.status, (await early.json()).code]).toEqual([409, "round_not_open"]);
  });

  it("answers 422 naming the fields of a malformed body, and sets no cookie", async () => {
    const response = await post({
      roundCode: code,
      submissionId: "not-a-uuid",
      locale: "xx",
      answers: { bu_fit_in: "seven", open_support: "a\u0000b" },
    });
    expect(response.status).toBe(422);
    const problem = await response.json();
    expect(problem.code).toBe("validation_failed");
    // Values of the wrong kind ("seven") are the survey's rules: checked after this.
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "answers.open_support",
      "locale",
      "submissionId",
    ]);
    expect(jar.size).toBe(0);
  });

  it("answers 422 with the survey's own rules, and stores nothing", async () => {
    const b = body(code, { ...HIGH_ANSWERS, bu_fit_in: 8, barriers: ["a", "b"] });
    const response = await post(b);
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((e: { field: string }) => e.field)).toEqual([
      "answers.bu_fit_in",
      "answers.barriers",
    ]);
    expect(await responsesFor(b.submissionId)).toBe(0);
  });

  it("answers 400 for a body that is not JSON and 413 for one that is too large", async () => {
    const notJson = await post(null, { raw: "{roundCode:" });
    expect([notJson.status, (await notJson.json()).code]).toEqual([400, "invalid_json"]);
    const huge = await post(body(code, { open_support: "x".repeat(20_000) }));
    expect([huge.status, (await huge.json()).code]).toEqual([413, "payload_too_large"]);
  });

  it("writes nothing when storing the answers fails half-way (one transaction)", async () => {
    const db = await getDb();
    // Make the database refuse one answer row, after the response row is inserted.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_boom() RETURNS trigger AS $$
      BEGIN IF NEW.text = 'boom' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$
      LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_boom BEFORE INSERT ON answers FOR EACH ROW EXECUTE FUNCTION refuse_boom()`,
    );
    vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const b = body(code, { ...HIGH_ANSWERS, open_support: "boom" });
      const response = await post(b);
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toContain("refused");
      expect(await responsesFor(b.submissionId)).toBe(0);
      // Not even the participant row: it is written in the same transaction.
      const participantId = await currentParticipantId(institutionId);
      expect(participantId).toBeDefined();
      expect(await db.participant.count({ where: { id: participantId } })).toBe(0);
      expect(await db.pathwayProgress.count({ where: { participantId } })).toBe(0);
      // The same submission goes through once the database accepts it.
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_boom ON answers`);
      expect(await (await post(b)).json()).toEqual({ next: "pathway-invitation" });
      expect(await responsesFor(b.submissionId)).toBe(1);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_boom ON answers`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS refuse_boom()`);
    }
  });
});

describe("the student page's view of a round", () => {
  it("is not-found for an unknown code, upcoming, closed, open, then answered", async () => {
    expect(await loadStudentRound("NOPE99", "en", "a-student")).toEqual({ state: "not-found" });

    const opensAt = new Date(Date.now() + DAY);
    const upcoming = await createRound(institutionId, {
      opensAt,
      closesAt: new Date(Date.now() + 2 * DAY),
    });
    expect(await loadStudentRound(upcoming.code, "fr", "a-student")).toEqual({
      state: "upcoming",
      title: "Comment ça se passe ici\u00a0?",
      opensAt,
      timeZone: "Europe/Copenhagen",
    });

    const closed = await createRound(institutionId, {
      opensAt: new Date(Date.now() - 2 * DAY),
      closesAt: new Date(Date.now() - DAY),
    });
    expect((await loadStudentRound(closed.code, "en", "a-student")).state).toBe("closed");

    const open = await loadStudentRound(code.toLowerCase(), "nb", "a-student");
    if (open.state !== "open") throw new Error(`expected open, got ${open.state}`);
    expect(open.code).toBe(code);
    expect(open.groups).toHaveLength(2);
    expect(open.survey.questions).toHaveLength(8);
    expect(open.survey.title).toBe("Hvordan går det her?");
    expect(JSON.stringify(open.survey)).not.toMatch(/source|scoring|reverse/);

    expect((await post(body(code, LOW_ANSWERS))).status).toBe(200);
    // The page for a student who answered is the same whatever they answered: nothing on it
    // (or in what it is built from) says whether they were invited.
    const answered = await loadStudentRound(code, "nb", "a-student");
    expect(answered).toMatchObject({ state: "answered", code });
    expect(answered).not.toHaveProperty("invited");
  });

  it("does not create a participant or set a cookie just by looking", async () => {
    const before = await (await getDb()).participant.count();
    await loadStudentRound(code, "en", "a-student");
    expect(jar.size).toBe(0);
    expect(await (await getDb()).participant.count()).toBe(before);
  });
});
