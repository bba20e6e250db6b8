// Retention on a real database (PGlite by default, PostgreSQL with DATABASE_URL), with the clock
// moved: exactly the expired rows go and the rest stay, a second run deletes nothing more, each
// school's own settings apply, and the dashboards still show nothing about fewer than k students.
import { beforeAll, describe, expect, it } from "vitest";
import { getBeforeAfter, getRoundResults, getTrends } from "@/features/dashboard/server";
import {
  previewRetention,
  RETENTION_DAILY,
  retentionJobs,
  runRetention,
  scheduleRetention,
} from "@/features/retention/server";
import { runDueJobs } from "@/lib/jobs";
import type { StaffContext } from "@/features/access/server";
import { settingsSchema } from "@/features/staff/schemas";
import { getSettings } from "@/features/staff/server/settings/get-settings";
import { updateSettings } from "@/features/staff/server/settings/update-settings";
import { getDb } from "@/lib/db";
import { addFlag, addResponse, addResponses } from "../support/dashboard";
import { createGroup, createInstitution, createRound, createStaff } from "../support/factories";

const DAY = 86_400_000;
// A run at 02:00 UTC, as the daily job does.
const NOW = new Date("2028-03-15T02:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const monthsAgo = (months: number) => {
  const d = new Date(NOW);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};
const K = 5;

let ctxA: StaffContext;
let schoolA: string;
let schoolB: string;
const ids = {} as Record<string, string>;

async function participant(institutionId: string, createdDaysAgo: number) {
  const db = await getDb();
  return (await db.participant.create({ data: { institutionId, createdAt: ago(createdDaysAgo) } }))
    .id;
}

async function reflection(participantId: string, daysAgo: number) {
  const db = await getDb();
  const row = await db.reflection.create({
    data: {
      participantId,
      submissionId: crypto.randomUUID(),
      storySlug: "amira-workshop",
      locale: "en",
      text: "I felt that too.",
      createdOn: ago(daysAgo),
    },
  });
  return row.id;
}

async function progress(
  participantId: string,
  dates: { invitedAt?: Date; startedAt?: Date; completedAt?: Date },
) {
  const db = await getDb();
  return (await db.pathwayProgress.create({ data: { participantId, ...dates } })).id;
}

/** Every number a shown figure carries about how many students it describes. */
function shownCounts(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => shownCounts(v, out));
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record.suppressed === false) {
      for (const key of ["n", "responses", "nBaseline", "nFollowUp"]) {
        if (typeof record[key] === "number") out.push(record[key]);
      }
    }
    Object.values(record).forEach((v) => shownCounts(v, out));
  }
  return out;
}

beforeAll(async () => {
  const db = await getDb();
  const a = await createInstitution({ minGroupSize: K });
  schoolA = a.id;
  const admin = await createStaff(schoolA, "ADMIN");
  ctxA = { userId: admin.id, institutionId: schoolA, role: "ADMIN" };
  const group = await createGroup(schoolA, { expectedSize: 10 });

  // Answers: a baseline closed 13 months ago goes (default 12 months); its follow-up (closed a
  // month ago) and a round closed 11 months ago stay.
  const old = await createRound(schoolA, {
    opensAt: monthsAgo(14),
    closesAt: monthsAgo(13),
    groupIds: [group.id],
  });
  const followUp = await createRound(schoolA, {
    kind: "FOLLOW_UP",
    opensAt: monthsAgo(2),
    closesAt: monthsAgo(1),
    groupIds: [group.id],
  });
  await db.surveyRound.update({ where: { id: followUp.id }, data: { baselineId: old.id } });
  const kept = await createRound(schoolA, {
    opensAt: monthsAgo(12),
    closesAt: monthsAgo(11),
    groupIds: [group.id],
  });
  ids.old = old.id;
  ids.followUp = followUp.id;
  ids.kept = kept.id;
  const paired: string[] = [];
  for (const score of [40, 50, 60, 70, 80, 90]) {
    const p = await participant(schoolA, 420);
    paired.push(p);
    await addResponse(schoolA, old.id, { participantId: p, groupId: group.id, score });
    await addResponse(schoolA, followUp.id, { participantId: p, groupId: group.id, score: 65 });
  }
  ids.paired = paired[0]!;
  // Two students who answered only the old round: nothing of theirs remains afterwards.
  ids.onlyOld1 = await participant(schoolA, 420);
  ids.onlyOld2 = await participant(schoolA, 420);
  await addResponse(schoolA, old.id, { participantId: ids.onlyOld1, groupId: group.id });
  await addResponse(schoolA, old.id, { participantId: ids.onlyOld2, groupId: group.id });
  await addResponses(schoolA, kept.id, group.id, [30, 40, 50, 60, 70]);

  // Pathway: finished 9 weeks ago (goes, with the student), still active 7 weeks ago (stays),
  // old writing of a student whose survey answers stay (writing goes, progress and id stay).
  ids.finished = await participant(schoolA, 90);
  ids.finishedProgress = await progress(ids.finished, {
    invitedAt: ago(80),
    startedAt: ago(70),
    completedAt: ago(63),
  });
  ids.finishedReflection = await reflection(ids.finished, 70);
  ids.active = await participant(schoolA, 90);
  ids.activeProgress = await progress(ids.active, { startedAt: ago(70) });
  ids.activeOldReflection = await reflection(ids.active, 70);
  ids.activeNewReflection = await reflection(ids.active, 49);
  ids.answered = await participant(schoolA, 400);
  await addResponse(schoolA, kept.id, { participantId: ids.answered, groupId: group.id });
  ids.answeredProgress = await progress(ids.answered, { invitedAt: ago(300) });
  ids.answeredReflection = await reflection(ids.answered, 300);
  // A student who only wrote, long ago, without any pathway progress.
  ids.writer = await participant(schoolA, 200);
  ids.writerReflection = await reflection(ids.writer, 200);
  // A new device with nothing yet, and an old one in a classroom session that is still running.
  ids.fresh = await participant(schoolA, 1);
  ids.inSession = await participant(schoolA, 200);
  const teacher = await createStaff(schoolA, "TEACHER");
  const session = await db.classroomSession.create({
    data: { institutionId: schoolA, groupId: group.id, teacherId: teacher.id, joinCode: "RTN123" },
  });
  await db.classroomJoin.create({ data: { sessionId: session.id, participantId: ids.inSession } });

  // Flags: resolved 25 months ago go; resolved 23 months ago and an old open one stay.
  const flag = async (status: "NEW" | "RESOLVED", at: Date) => {
    const row = await addFlag(schoolA, { status });
    await db.$executeRaw`UPDATE "safeguarding_flags" SET "updated_at" = ${at.toISOString()}::timestamp,
      "created_at" = ${at.toISOString()}::timestamp WHERE "id" = ${row.id}`;
    return row.id;
  };
  ids.flagOld = await flag("RESOLVED", monthsAgo(25));
  ids.flagRecent = await flag("RESOLVED", monthsAgo(23));
  ids.flagOpen = await flag("NEW", monthsAgo(30));

  const audit = async (at: Date) =>
    (
      await db.auditEvent.create({
        data: { institutionId: schoolA, action: "sign_in", actorId: admin.id, createdAt: at },
      })
    ).id;
  ids.auditOld = await audit(monthsAgo(25));
  ids.auditRecent = await audit(monthsAgo(23));

  const job = async (status: "DONE" | "FAILED" | "PENDING", finishedDaysAgo: number | null) =>
    (
      await db.job.create({
        data: {
          kind: "test.retention",
          payload: {},
          status,
          finishedAt: finishedDaysAgo === null ? null : ago(finishedDaysAgo),
          runAt: ago(40),
        },
      })
    ).id;
  // Writing of a device that belongs to no school: old goes, recent stays.
  const stray = (await db.participant.create({ data: {} })).id;
  ids.strayOld = await reflection(stray, 100);
  ids.strayNew = await reflection(stray, 10);

  ids.jobOld = await job("DONE", 31);
  ids.jobFailedOld = await job("FAILED", 45);
  ids.jobRecent = await job("DONE", 29);
  ids.jobPending = await job("PENDING", null);

  // School B keeps answers only 3 months: its round closed 4 months ago goes.
  const b = await createInstitution({ minGroupSize: K });
  schoolB = b.id;
  await db.institution.update({ where: { id: schoolB }, data: { answerRetentionMonths: 3 } });
  const roundB = await createRound(schoolB, { opensAt: monthsAgo(5), closesAt: monthsAgo(4) });
  ids.roundB = roundB.id;
  await addResponses(schoolB, roundB.id, null, [50, 50, 50, 50, 50]);
});

describe("a retention run", () => {
  it("is previewed for the admin with the counts the run then deletes", async () => {
    const preview = await previewRetention(ctxA, new Date(NOW.getTime() - 3_600_000));
    expect(preview.moments[0]!.at.toISOString()).toBe(NOW.toISOString());
    const first = await runRetention(await getDb(), NOW);
    const mine = first.institutions.find((i) => i.institutionId === schoolA)!;
    expect(mine.deleted).toEqual(preview.moments[0]!.counts);
    expect(mine.deleted).toEqual({
      answers: 8,
      reflections: 3,
      pathwayProgress: 1,
      participants: 4,
      safeguardingFlags: 1,
      auditEvents: 1,
    });
    expect(first.institutions.find((i) => i.institutionId === schoolB)!.deleted.answers).toBe(5);
    expect(first.unowned).toEqual({ jobs: 2, reflections: 1, auditEvents: 0 });
  });

  it("deleted exactly the expired rows and kept the rest", async () => {
    const db = await getDb();
    const countOf = async (roundId: string) => db.surveyResponse.count({ where: { roundId } });
    expect(await countOf(ids.old!)).toBe(0);
    expect(await countOf(ids.followUp!)).toBe(6);
    expect(await countOf(ids.kept!)).toBe(6);
    expect(await countOf(ids.roundB!)).toBe(0);
    // The rounds themselves stay, marked, so their pages say why they have no figures.
    const rounds = await db.surveyRound.findMany({
      where: { id: { in: [ids.old!, ids.followUp!, ids.kept!, ids.roundB!] } },
      select: { id: true, answersDeletedAt: true },
    });
    expect(
      Object.fromEntries(rounds.map((r) => [r.id, r.answersDeletedAt?.toISOString()])),
    ).toEqual({
      [ids.old!]: NOW.toISOString(),
      [ids.followUp!]: undefined,
      [ids.kept!]: undefined,
      [ids.roundB!]: NOW.toISOString(),
    });
    // No answer rows are left behind without their response.
    expect(
      await db.answer.count({ where: { response: { roundId: { in: [ids.old!, ids.roundB!] } } } }),
    ).toBe(0);

    const participants = new Set(
      (
        await db.participant.findMany({ where: { institutionId: schoolA }, select: { id: true } })
      ).map((p) => p.id),
    );
    for (const gone of ["onlyOld1", "onlyOld2", "finished", "writer"]) {
      expect(participants.has(ids[gone]!), gone).toBe(false);
    }
    for (const stays of ["paired", "active", "answered", "fresh", "inSession"]) {
      expect(participants.has(ids[stays]!), stays).toBe(true);
    }

    const reflections = (await db.reflection.findMany({ select: { id: true } })).map((r) => r.id);
    expect(reflections.sort()).toEqual(
      [ids.activeOldReflection!, ids.activeNewReflection!, ids.strayNew!].sort(),
    );
    const progressLeft = (await db.pathwayProgress.findMany({ select: { id: true } })).map(
      (p) => p.id,
    );
    expect(progressLeft.sort()).toEqual([ids.activeProgress!, ids.answeredProgress!].sort());

    const flags = (
      await db.safeguardingFlag.findMany({
        where: { institutionId: schoolA },
        select: { id: true },
      })
    ).map((f) => f.id);
    expect(flags.sort()).toEqual([ids.flagRecent!, ids.flagOpen!].sort());

    const signIns = await db.auditEvent.findMany({
      where: { institutionId: schoolA, action: "sign_in" },
      select: { id: true },
    });
    expect(signIns.map((e) => e.id)).toEqual([ids.auditRecent]);
    const runs = await db.auditEvent.findMany({
      where: { institutionId: schoolA, action: "retention_run" },
    });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ actorId: null, details: { deleted: { answers: 8 } } });

    const jobs = (
      await db.job.findMany({ where: { kind: "test.retention" }, select: { id: true } })
    ).map((j) => j.id);
    expect(jobs.sort()).toEqual([ids.jobRecent!, ids.jobPending!].sort());
  });

  it("deletes nothing more when it runs again", async () => {
    const db = await getDb();
    const before = await db.auditEvent.count();
    const again = await runRetention(db, NOW);
    for (const school of again.institutions) {
      expect(
        Object.values(school.deleted).every((n) => n === 0),
        school.institutionId,
      ).toBe(true);
    }
    expect(again.unowned).toEqual({ jobs: 0, reflections: 0, auditEvents: 0 });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("leaves dashboards that show no figure about fewer than k students, and no error", async () => {
    const oldResults = await getRoundResults(ctxA, { roundId: ids.old! }, "en");
    expect(oldResults.responses.suppressed).toBe(true);
    expect(oldResults.score.suppressed).toBe(true);
    // The follow-up's baseline is gone: the before/after pairing has ended.
    const change = await getBeforeAfter(ctxA, { roundId: ids.followUp! });
    const trends = await getTrends(ctxA, {});
    const followUp = await getRoundResults(ctxA, { roundId: ids.followUp! }, "en");
    const counts = shownCounts([oldResults, change, trends, followUp]);
    expect(counts.filter((n) => n > 0 && n < K)).toEqual([]);
    expect(shownCounts(followUp)).toContain(6);
    expect(change).not.toBeNull();
    const shown = change!.change;
    expect(shown.suppressed || shown.change.paired === false).toBe(true);
  });

  it("keeps the rest until their own time comes", async () => {
    const db = await getDb();
    // Eleven months on, the round kept today is past its 12 months too.
    const later = new Date(NOW.getTime() + 40 * DAY);
    const run = await runRetention(db, later);
    const mine = run.institutions.find((i) => i.institutionId === schoolA)!;
    expect(mine.deleted.answers).toBe(6);
    expect(await db.surveyResponse.count({ where: { roundId: ids.kept! } })).toBe(0);
    expect(await db.surveyResponse.count({ where: { roundId: ids.followUp! } })).toBe(6);
  });
});

describe("the daily retention job", () => {
  it("runs once a day however many instances start and poll, and queues the next day", async () => {
    const db = await getDb();
    const day = new Date(NOW.getTime() + 100 * DAY);
    // Three instances start at once; each makes sure today's run exists.
    await Promise.all([scheduleRetention(day), scheduleRetention(day), scheduleRetention(day)]);
    const poll = (worker: string, at: Date) =>
      runDueJobs(db, { handlers: retentionJobs, workerId: worker, now: () => at });
    const results = await Promise.all([poll("a", day), poll("b", day)]);
    expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(1);
    const jobs = await db.job.findMany({
      where: { kind: RETENTION_DAILY },
      orderBy: { runAt: "asc" },
      select: { status: true, runAt: true },
    });
    expect(jobs.map((j) => [j.status, j.runAt.toISOString()])).toEqual([
      ["DONE", day.toISOString()],
      ["PENDING", new Date(day.getTime() + DAY).toISOString()],
    ]);
    // A restart later that day queues nothing new; the next day's run is due at 02:00.
    await scheduleRetention(new Date(day.getTime() + 5 * 3_600_000));
    expect(await db.job.count({ where: { kind: RETENTION_DAILY } })).toBe(2);
    expect(await poll("a", new Date(day.getTime() + DAY - 1))).toEqual({ done: 0, failed: 0 });
    expect(await poll("b", new Date(day.getTime() + DAY))).toEqual({ done: 1, failed: 0 });
    expect(await db.job.count({ where: { kind: RETENTION_DAILY, status: "PENDING" } })).toBe(1);
  });
});

describe("the retention settings", () => {
  it("start at the defaults, accept only values within their limits, and are audited", async () => {
    const db = await getDb();
    const school = await createInstitution();
    const admin = await createStaff(school.id, "ADMIN");
    const ctx: StaffContext = { userId: admin.id, institutionId: school.id, role: "ADMIN" };
    const current = await getSettings(ctx);
    expect(current).toMatchObject({
      reflectionRetentionWeeks: 8,
      answerRetentionMonths: 12,
      flagRetentionMonths: 24,
      auditRetentionMonths: 24,
    });
    const base = { ...current, safeguardingEmail: current.safeguardingEmail ?? "" };
    const bad: [string, string, string][] = [
      ["reflectionRetentionWeeks", "0", "reflectionWeeksRange"],
      ["reflectionRetentionWeeks", "53", "reflectionWeeksRange"],
      ["answerRetentionMonths", "61", "answerMonthsRange"],
      ["answerRetentionMonths", "1.5", "answerMonthsRange"],
      ["flagRetentionMonths", "5", "flagMonthsRange"],
      ["auditRetentionMonths", "121", "auditMonthsRange"],
      ["auditRetentionMonths", "", "auditMonthsRange"],
    ];
    for (const [field, value, message] of bad) {
      const parsed = settingsSchema.safeParse({ ...base, [field]: value });
      expect(parsed.success, `${field}=${value}`).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(message);
    }
    await updateSettings(ctx, settingsSchema.parse({ ...base, answerRetentionMonths: "6" }));
    expect((await getSettings(ctx)).answerRetentionMonths).toBe(6);
    const change = await db.auditEvent.findFirstOrThrow({
      where: { institutionId: school.id, action: "settings_changed" },
    });
    expect(change).toMatchObject({
      actorId: admin.id,
      details: { changes: { answerRetentionMonths: { from: 12, to: 6 } } },
    });
    // The database holds the same limits, whatever writes to it.
    await expect(
      db.institution.update({ where: { id: school.id }, data: { flagRetentionMonths: 1 } }),
    ).rejects.toThrow();
    await expect(
      db.institution.update({ where: { id: school.id }, data: { reflectionRetentionWeeks: 0 } }),
    ).rejects.toThrow();
  });
});
