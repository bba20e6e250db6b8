import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/reflections/route";
import { POST as nameSchool } from "@/app/api/v1/school/route";
import { getDb } from "@/lib/db";
import { PARTICIPANT_COOKIE } from "@/lib/participant";
import { jar } from "../support/cookie-jar";
import { createInstitution, createRound } from "../support/factories";
import { jsonRequest } from "../support/requests";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const reflection = (overrides: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  storySlug: "theo-new-class",
  locale: "en",
  text: "I also eat alone sometimes. Maybe I'll ask to sit with someone.",
  ...overrides,
});

const send = (body: unknown) => POST(jsonRequest("/api/v1/reflections", body));

async function counts() {
  const db = await getDb();
  return {
    reflections: await db.reflection.count(),
    flags: await db.safeguardingFlag.count(),
    participants: await db.participant.count(),
  };
}

describe("POST /api/v1/reflections", () => {
  beforeEach(() => jar.clear());

  it("refuses a reflection when no school is known, stores nothing, and takes it once the student names the school", async () => {
    const before = await counts();
    const body = reflection({ text: "Some days I don't want to be here anymore." });
    const refused = await send(body);
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(await refused.json()).toMatchObject({ code: "school_unknown" });
    expect(await counts()).toEqual(before);

    const school = await createInstitution();
    const named = await nameSchool(jsonRequest("/api/v1/school", { code: school.schoolCode }));
    expect(named.status).toBe(204);
    // The same text, sent again from the device's outbox, now reaches the school.
    const stored = await send(body);
    expect(stored.status).toBe(201);
    expect(await stored.json()).toEqual({ submissionId: body.submissionId, support: true });
    const db = await getDb();
    const flags = await db.safeguardingFlag.findMany({ where: { institutionId: school.id } });
    expect(flags).toHaveLength(1);
    const row = await db.reflection.findUniqueOrThrow({
      where: { submissionId: body.submissionId },
      include: { participant: true },
    });
    expect(row.participant?.institutionId).toBe(school.id);
  });

  it("stores the reflection with this device's participant, and sets its cookie once", async () => {
    const school = await createInstitution();
    const round = await createRound(school.id);
    const first = reflection({ roundCode: round.code });
    const response = await send(first);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ submissionId: first.submissionId, support: false });
    expect(jar.get(PARTICIPANT_COOKIE)).toBeTruthy();
    const cookie = jar.get(PARTICIPANT_COOKIE);
    // A later reflection without the code: the device remembers its school.
    const second = reflection({ storySlug: "amira-workshop" });
    expect((await send(second)).status).toBe(201);
    expect(jar.get(PARTICIPANT_COOKIE)).toBe(cookie);
    const db = await getDb();
    const rows = await db.reflection.findMany({
      where: { submissionId: { in: [first.submissionId, second.submissionId] } },
      include: { participant: true },
    });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.participantId)).size).toBe(1);
    expect(rows[0]?.participant?.institutionId).toBe(school.id);
    expect(rows.find((r) => r.submissionId === first.submissionId)).toMatchObject({
      storySlug: "theo-new-class",
      locale: "en",
      text: first.text,
    });
  });

  it("uses the device's participant in the school of the survey round it came from", async () => {
    const school = await createInstitution();
    const round = await createRound(school.id);
    await send(reflection());
    const body = reflection({ roundCode: round.code });
    expect((await send(body)).status).toBe(201);
    const db = await getDb();
    const row = await db.reflection.findUniqueOrThrow({
      where: { submissionId: body.submissionId },
      include: { participant: true },
    });
    expect(row.participant?.institutionId).toBe(school.id);
  });

  it("stores a retried submit once, also ten at the same moment", async () => {
    // The device is known already, as it is after the pathway's first request.
    const round = await createRound((await createInstitution()).id);
    await send(reflection({ roundCode: round.code }));
    const body = reflection();
    const responses = await Promise.all(Array.from({ length: 10 }, () => send(body)));
    expect(responses.map((r) => r.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    const again = await send({ ...body, text: "Changed my mind" });
    expect(again.status).toBe(200);
    const db = await getDb();
    const rows = await db.reflection.findMany({ where: { submissionId: body.submissionId } });
    expect(rows.map((r) => r.text)).toEqual([body.text]);
  });

  it("refuses bad input with 422 naming the field, and stores nothing", async () => {
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [reflection({ text: "" }), "text", "empty"],
      [reflection({ text: "   " }), "text", "empty"],
      [reflection({ text: "z".repeat(2001) }), "text", "too_long"],
      [reflection({ locale: "sv" }), "locale", "unknown_locale"],
      [reflection({ storySlug: "nobody" }), "storySlug", "unknown_story"],
      [reflection({ storySlug: undefined }), "storySlug", "unknown_story"],
      [reflection({ submissionId: 42 }), "submissionId", "invalid"],
    ];
    for (const [body, field, message] of cases) {
      const response = await send(body);
      expect(response.status, field).toBe(422);
      expect((await response.json()).errors, field).toEqual([{ field, message }]);
    }
    expect(await counts()).toEqual(before);
    // Refused input does not even give the device a cookie.
    expect(jar.size).toBe(0);
  });

  it("flags a reflection that suggests a student may be at risk, without any text or student", async () => {
    const school = await createInstitution({ country: "NO" });
    const round = await createRound(school.id);
    const text = "Jeg har lyst til å dø noen ganger. Men jeg vil prøve det Théo gjorde.";
    const body = reflection({ locale: "nb", roundCode: round.code, text });
    const response = await send(body);
    expect(await response.json()).toEqual({ submissionId: body.submissionId, support: true });
    const db = await getDb();
    const flags = await db.safeguardingFlag.findMany({ where: { institutionId: school.id } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ adviceId: null, trigger: "reflection:self-harm", note: null });
    expect(JSON.stringify(flags[0])).not.toContain("dø");
    // The reflection itself is stored for the student as usual.
    const row = await db.reflection.findUniqueOrThrow({
      where: { submissionId: body.submissionId },
    });
    expect(row.text).toBe(text);
    // A retry answers the same without a second flag.
    expect(await (await send(body)).json()).toMatchObject({ support: true });
    expect(await db.safeguardingFlag.count({ where: { institutionId: school.id } })).toBe(1);
  });
});
