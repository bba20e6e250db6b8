import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/advice/route";
import { POST as nameSchool } from "@/app/api/v1/school/route";
import { getDb } from "@/lib/db";
import { jar } from "../support/cookie-jar";
import { createInstitution, createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";

vi.mock("next/headers", () => import("../support/cookie-jar"));

/** A school's survey round that most advice here comes from. */
let school: { id: string };
let roundCode: string;
beforeAll(async () => {
  school = await createInstitution();
  roundCode = (await createRound(school.id)).code;
});

const advice = (overrides: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  text: "Sit with someone new at lunch. Everyone is nervous the first week.",
  locale: "en",
  consentToShare: true,
  source: "PATHWAY",
  roundCode,
  ...overrides,
});

const send = (body: unknown) => POST(jsonRequest("/api/v1/advice", body));

async function counts() {
  const db = await getDb();
  return {
    advice: await db.advice.count(),
    flags: await db.safeguardingFlag.count(),
    participants: await db.participant.count(),
  };
}

describe("POST /api/v1/advice", () => {
  beforeEach(() => jar.clear());

  it("stores advice anonymised, PENDING, from the pathway, with the student's consent", async () => {
    const body = advice({
      text: "  Ask the trainer. They like questions.  ",
      consentToShare: false,
    });
    const response = await send(body);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ submissionId: body.submissionId, support: false });
    // The advice endpoint never sets the participant cookie: nothing links a device to it.
    expect(response.headers.get("set-cookie")).toBeNull();
    const db = await getDb();
    const row = await db.advice.findUniqueOrThrow({ where: { submissionId: body.submissionId } });
    expect(row).toMatchObject({
      text: "Ask the trainer. They like questions.",
      originalText: "Ask the trainer. They like questions.",
      source: "PATHWAY",
      status: "PENDING",
      locale: "en",
      consentToShare: false,
      flagged: false,
      institutionId: school.id,
      groupId: null,
      classroomSessionId: null,
      storySlug: null,
    });
  });

  it("has no column that could link advice to a participant, a name or an address", async () => {
    const db = await getDb();
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'advice'`;
    const names = columns.map((c) => c.column_name);
    expect(names).toContain("submission_id");
    expect(names.filter((n) => /participant|name|ip|address|email|user/.test(n))).toEqual([]);
    const before = await counts();
    await send(advice());
    expect((await counts()).participants).toBe(before.participants);
  });

  it("attaches the school of a known survey round, and stores nothing without a school", async () => {
    const norway = await createInstitution({ country: "NO" });
    const round = await createRound(norway.id);
    const known = advice({
      roundCode: round.code.toLowerCase(),
      locale: "nb",
      storySlug: "theo-new-class",
    });
    expect((await send(known)).status).toBe(201);
    const before = await counts();
    for (const lost of [advice({ roundCode: "ZZZZ99" }), advice({ roundCode: undefined })]) {
      const response = await send(lost);
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ code: "school_unknown" });
    }
    expect(await counts()).toEqual(before);
    const db = await getDb();
    const row = await db.advice.findUniqueOrThrow({ where: { submissionId: known.submissionId } });
    expect([row.locale, row.institutionId, row.storySlug]).toEqual([
      "nb",
      norway.id,
      "theo-new-class",
    ]);
  });

  it("takes the school this device named with a code, a school's own code included", async () => {
    const other = await createInstitution({ country: "EE" });
    const typed = ` ${other.schoolCode.slice(0, 4).toLowerCase()}-${other.schoolCode.slice(4)} `;
    expect((await nameSchool(jsonRequest("/api/v1/school", { code: typed }))).status).toBe(204);
    const body = advice({ roundCode: undefined, locale: "et" });
    expect((await send(body)).status).toBe(201);
    const db = await getDb();
    const row = await db.advice.findUniqueOrThrow({ where: { submissionId: body.submissionId } });
    expect(row.institutionId).toBe(other.id);
  });

  it("refuses a made-up school code and, past the limit, a right one too", async () => {
    const other = await createInstitution();
    const headers = { "x-forwarded-for": "203.0.113.77" };
    const wrong = await nameSchool(jsonRequest("/api/v1/school", { code: "NOPE2345" }, headers));
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get("content-type")).toBe("application/problem+json");
    expect(jar.size).toBe(0);
    for (let i = 0; i < 40; i++) {
      await nameSchool(jsonRequest("/api/v1/school", { code: `NOPE${1000 + i}` }, headers));
    }
    const right = await nameSchool(
      jsonRequest("/api/v1/school", { code: other.schoolCode }, headers),
    );
    expect(right.status).toBe(429);
    expect(jar.size).toBe(0);
    const junk = await nameSchool(jsonRequest("/api/v1/school", { code: "<script>" }));
    expect(junk.status).toBe(422);
  });

  it("stores a retried submit once and answers it the same way", async () => {
    const body = advice();
    const first = await send(body);
    const second = await send({ ...body, text: "A different text on the retry" });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(await second.json()).toEqual(await first.json());
    const db = await getDb();
    const rows = await db.advice.findMany({ where: { submissionId: body.submissionId } });
    expect(rows.map((r) => r.text)).toEqual([body.text]);
  });

  it("stores ten identical submits sent at the same moment once", async () => {
    const body = advice({ text: "I want to kill myself some days, but it gets better." });
    const responses = await Promise.all(Array.from({ length: 10 }, () => send(body)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    for (const response of responses) {
      expect(await response.json()).toEqual({ submissionId: body.submissionId, support: true });
    }
    const db = await getDb();
    const rows = await db.advice.findMany({
      where: { submissionId: body.submissionId },
      include: { flags: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.flags).toHaveLength(1);
  });

  it("refuses bad input with 422 naming the field, and stores nothing", async () => {
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [advice({ text: "" }), "text", "empty"],
      [advice({ text: " \n\t " }), "text", "empty"],
      [advice({ text: "x".repeat(2001) }), "text", "too_long"],
      [advice({ locale: "de" }), "locale", "unknown_locale"],
      [advice({ storySlug: "no-such-story" }), "storySlug", "unknown_story"],
      [advice({ submissionId: "not-a-uuid" }), "submissionId", "invalid"],
      [advice({ consentToShare: "yes" }), "consentToShare", "invalid"],
      [advice({ source: "CLASSROOM" }), "source", "invalid"],
      [advice({ roundCode: "<script>" }), "roundCode", "invalid"],
    ];
    for (const [body, field, message] of cases) {
      const response = await send(body);
      expect(response.status, field).toBe(422);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = await response.json();
      expect(problem.code).toBe("validation_failed");
      expect(problem.errors, field).toEqual([{ field, message }]);
    }
    const withoutConsent: Record<string, unknown> = advice();
    delete withoutConsent.consentToShare;
    expect((await send(withoutConsent)).status).toBe(422);
    expect((await POST(jsonRequest("/api/v1/advice", "{nope"))).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("accepts exactly 2,000 characters", async () => {
    expect((await send(advice({ text: "y".repeat(2000) }))).status).toBe(201);
  });

  it("flags text that suggests a student may be at risk, for the school, never to publish", async () => {
    const school = await createInstitution({ country: "DK" });
    const round = await createRound(school.id);
    const body = advice({
      locale: "da",
      roundCode: round.code,
      text: "Nogle gange har jeg lyst til at slå mig selv ihjel, men så taler jeg med min mentor.",
    });
    const response = await send(body);
    expect(await response.json()).toEqual({ submissionId: body.submissionId, support: true });
    const db = await getDb();
    const row = await db.advice.findUniqueOrThrow({
      where: { submissionId: body.submissionId },
      include: { flags: true },
    });
    expect(row).toMatchObject({ flagged: true, status: "PENDING", consentToShare: true });
    expect(row.flags).toEqual([
      expect.objectContaining({
        institutionId: school.id,
        adviceId: row.id,
        trigger: "advice:self-harm",
        status: "NEW",
        note: null,
      }),
    ]);
  });

  it("does not flag a figure of speech", async () => {
    const body = advice({ text: "Don't kill yourself over one bad grade. Ask for help instead." });
    const response = await send(body);
    expect(await response.json()).toMatchObject({ support: false });
    const db = await getDb();
    const row = await db.advice.findUniqueOrThrow({ where: { submissionId: body.submissionId } });
    expect(row.flagged).toBe(false);
  });
});
