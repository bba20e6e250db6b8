// Running a classroom session: starting, moving through the steps, ending; who may do it; and
// the students' side through the route handlers (join, advice, wrong codes).
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as adviceRoute } from "@/app/api/v1/sessions/[code]/advice/route";
import { POST as joinRoute } from "@/app/api/v1/sessions/[code]/join/route";
import {
  endSession,
  getSession,
  listSessions,
  moveStep,
  startSession,
} from "@/features/classroom/server";
import { getDb } from "@/lib/db";
import { jar } from "../support/cookie-jar";
import { createClassroomSchool, SESSION_STORIES, startTestSession } from "../support/classroom";
import { createGroup, createInstitution, createSignedInStaff } from "../support/factories";
import { jsonRequest } from "../support/requests";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const params = (code: string) => ({ params: Promise.resolve({ code }) });
const join = (code: string, address = "10.0.0.1") =>
  joinRoute(
    jsonRequest(`/api/v1/sessions/${code}/join`, {}, { "x-forwarded-for": address }),
    params(code),
  );
const advice = (code: string, body: Record<string, unknown> = {}) =>
  adviceRoute(
    jsonRequest(`/api/v1/sessions/${code}/advice`, {
      submissionId: randomUUID(),
      text: "Ask the trainer when you are stuck. Everyone was new once.",
      locale: "da",
      consentToShare: true,
      ...body,
    }),
    params(code),
  );

beforeEach(() => jar.clear());

describe("starting a session", () => {
  it("starts at the first step with a join code, for the teacher's own group", async () => {
    const school = await createClassroomSchool();
    const { id, joinCode } = await startTestSession(school);
    expect(joinCode).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    const view = await getSession(school.teacher, id);
    expect(view).toMatchObject({
      joinCode,
      groupName: school.group.name,
      storySlugs: SESSION_STORIES,
      state: { step: 0, joined: 0, advice: 0, ended: false, version: 0 },
    });
    expect(view.startedAt).toBeInstanceOf(Date);
    const db = await getDb();
    expect(
      await db.auditEvent.count({ where: { action: "classroom_started", targetId: id } }),
    ).toBe(1);
  });

  it("refuses a group the teacher does not teach, another school's group and unknown stories", async () => {
    const school = await createClassroomSchool();
    const otherGroup = await createGroup(school.institution.id);
    const elsewhere = await createGroup((await createInstitution()).id);
    for (const groupId of [otherGroup.id, elsewhere.id, "nope"]) {
      await expect(
        startSession(school.teacher, { groupId, storySlugs: SESSION_STORIES, locale: "en" }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        options: { fields: [{ field: "groupId" }] },
      });
    }
    for (const storySlugs of [
      [],
      ["no-such-story"],
      ["amira-workshop", "amira-workshop"],
      [...SESSION_STORIES, "daan-quiet", "karl-garage"],
    ]) {
      await expect(
        startSession(school.teacher, { groupId: school.group.id, storySlugs, locale: "en" }),
      ).rejects.toMatchObject({ code: "validation_failed" });
    }
    const db = await getDb();
    expect(
      await db.classroomSession.count({ where: { institutionId: school.institution.id } }),
    ).toBe(0);
  });

  it("lets a coordinator run any session of the school, and no one from another school", async () => {
    const school = await createClassroomSchool();
    const { id } = await startTestSession(school);
    const coordinator = await createSignedInStaff(school.institution.id, "COORDINATOR");
    const colleague = await createSignedInStaff(school.institution.id, "TEACHER");
    const outsider = await createSignedInStaff((await createInstitution()).id, "ADMIN");
    expect((await moveStep(coordinator.ctx, id, "next")).step).toBe(1);
    for (const ctx of [colleague.ctx, outsider.ctx]) {
      await expect(moveStep(ctx, id, "next")).rejects.toMatchObject({ code: "not_found" });
      await expect(endSession(ctx, id)).rejects.toMatchObject({ code: "not_found" });
      await expect(getSession(ctx, id)).rejects.toMatchObject({ code: "not_found" });
      expect(await listSessions(ctx)).toEqual([]);
    }
    expect((await getSession(school.teacher, id)).state.step).toBe(1);
  });
});

describe("moving through the steps", () => {
  it("goes next, back and to a step, stays within the five, and counts a version per change", async () => {
    const school = await createClassroomSchool();
    const { id } = await startTestSession(school);
    const ctx = school.teacher;
    expect(await moveStep(ctx, id, "previous")).toMatchObject({ step: 0, version: 0 });
    expect(await moveStep(ctx, id, "next")).toMatchObject({ step: 1, version: 1 });
    expect(await moveStep(ctx, id, 4)).toMatchObject({ step: 4, version: 2 });
    expect(await moveStep(ctx, id, "next")).toMatchObject({ step: 4, version: 2 });
    expect(await moveStep(ctx, id, "previous")).toMatchObject({ step: 3, version: 3 });
  });

  it("two moves at once are two steps", async () => {
    const school = await createClassroomSchool();
    const { id } = await startTestSession(school);
    await Promise.all([moveStep(school.teacher, id, "next"), moveStep(school.teacher, id, "next")]);
    expect((await getSession(school.teacher, id)).state).toMatchObject({ step: 2, version: 2 });
  });

  it("ends once; afterwards steps are refused and the history shows the session", async () => {
    const school = await createClassroomSchool();
    const { id } = await startTestSession(school);
    expect((await endSession(school.teacher, id)).ended).toBe(true);
    expect((await endSession(school.teacher, id)).ended).toBe(true);
    await expect(moveStep(school.teacher, id, "next")).rejects.toMatchObject({
      code: "session_ended",
    });
    const [row] = await listSessions(school.teacher, { groupId: school.group.id });
    expect(row).toMatchObject({ id, groupName: school.group.name, joined: 0, advice: 0 });
    expect(row!.endedAt).toBeInstanceOf(Date);
  });
});

describe("students joining and writing", () => {
  it("counts each phone once, however often it rejoins, and lands it on the current step", async () => {
    const school = await createClassroomSchool();
    const { id, joinCode } = await startTestSession(school);
    await moveStep(school.teacher, id, 2);
    const first = await join(joinCode.toLowerCase().replace(/^(...)/, "$1-"));
    expect(first.status).toBe(200);
    expect((await first.json()).state).toMatchObject({ step: 2, joined: 1 });
    expect((await (await join(joinCode)).json()).state).toMatchObject({ joined: 1 });
    jar.clear();
    expect((await (await join(joinCode)).json()).state).toMatchObject({ joined: 2 });
    const db = await getDb();
    const participants = await db.participant.findMany({
      where: { joins: { some: { sessionId: id } } },
    });
    expect(participants.every((p) => p.institutionId === school.institution.id)).toBe(true);
  });

  it("stores advice like the pathway's, from the classroom, with session and group; a retry once", async () => {
    const school = await createClassroomSchool();
    const { id, joinCode } = await startTestSession(school);
    const submissionId = randomUUID();
    const first = await advice(joinCode, { submissionId });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ submissionId, support: false });
    expect((await advice(joinCode, { submissionId })).status).toBe(200);
    const db = await getDb();
    const rows = await db.advice.findMany({ where: { classroomSessionId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source: "CLASSROOM",
      status: "PENDING",
      groupId: school.group.id,
      institutionId: school.institution.id,
      locale: "da",
      consentToShare: true,
    });
    expect((await getSession(school.teacher, id)).state.advice).toBe(1);
  });

  it("refuses bad advice naming the field, and keeps nothing", async () => {
    const school = await createClassroomSchool();
    const { id, joinCode } = await startTestSession(school);
    for (const [body, field] of [
      [{ text: "   " }, "text"],
      [{ text: "x".repeat(2001) }, "text"],
      [{ locale: "de" }, "locale"],
      [{ consentToShare: "yes" }, "consentToShare"],
      [{ submissionId: "1" }, "submissionId"],
    ] as const) {
      const response = await advice(joinCode, body);
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const problem = await response.json();
      expect(problem.code).toBe("validation_failed");
      expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const db = await getDb();
    expect(await db.advice.count({ where: { classroomSessionId: id } })).toBe(0);
  });

  it("answers 409 for advice after the end, but a retry of advice stored before still gets its receipt", async () => {
    const school = await createClassroomSchool();
    const { id, joinCode } = await startTestSession(school);
    const submissionId = randomUUID();
    await advice(joinCode, { submissionId });
    await endSession(school.teacher, id);
    const late = await advice(joinCode);
    expect(late.status).toBe(409);
    expect((await late.json()).code).toBe("session_ended");
    expect((await advice(joinCode, { submissionId })).status).toBe(200);
    const db = await getDb();
    expect(await db.advice.count({ where: { classroomSessionId: id } })).toBe(1);
    // The ended session is not joined: the phone shows the closing screen.
    const joined = await (await join(joinCode)).json();
    expect(joined.state).toMatchObject({ ended: true, joined: 0 });
  });

  it("answers a wrong code with 404, the same for a malformed one, and limits guessing", async () => {
    const school = await createClassroomSchool();
    const { joinCode } = await startTestSession(school);
    const wrong = await join("ZZZZZZ", "10.9.9.9");
    expect(wrong.status).toBe(404);
    const problem = await wrong.json();
    expect(problem.code).toBe("not_found");
    expect(JSON.stringify(problem)).not.toContain(school.institution.name);
    expect((await join("<script>", "10.9.9.9")).status).toBe(404);
    for (let i = 0; i < 28; i++) await join(`ZZZZ${i}`, "10.9.9.9");
    const limited = await join(joinCode, "10.9.9.9");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await join(joinCode, "10.9.9.10")).status).toBe(200);
  });
});
