// One retention run over every institution: each school's expired rows go in one transaction
// with the audit event that records the run, so a run that fails leaves that school as it was.
// Running it again deletes nothing more (each selection finds only what is still expired), and
// the job runner gives the daily job to one instance at a time.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/features/audit/server";
import { RETENTION_LIMITS, retentionCutoffs, type RetentionPolicy } from "../domain/policy";
import { KIND_TABLE, RETENTION_KINDS, selectExpired, type RetentionKind } from "./selections";

export const POLICY_FIELDS = {
  reflectionRetentionWeeks: true,
  answerRetentionMonths: true,
  flagRetentionMonths: true,
  auditRetentionMonths: true,
} as const;

export type RetentionCounts = Record<RetentionKind, number>;

export interface RetentionRun {
  institutions: { institutionId: string; deleted: RetentionCounts }[];
  /** Rows of no school: finished jobs, reflections of no school's device, audit events. */
  unowned: { jobs: number; reflections: number; auditEvents: number };
}

const DEFAULT_POLICY: RetentionPolicy = {
  reflectionRetentionWeeks: RETENTION_LIMITS.reflectionRetentionWeeks.default,
  answerRetentionMonths: RETENTION_LIMITS.answerRetentionMonths.default,
  flagRetentionMonths: RETENTION_LIMITS.flagRetentionMonths.default,
  auditRetentionMonths: RETENTION_LIMITS.auditRetentionMonths.default,
};

async function runForInstitution(
  db: Db,
  institutionId: string,
  policy: RetentionPolicy,
  now: Date,
): Promise<RetentionCounts> {
  const cut = retentionCutoffs(policy, now);
  return db.$transaction(async (tx) => {
    const deleted = {} as RetentionCounts;
    // In this order: a participant's answers and writing go before the participant is checked.
    for (const kind of RETENTION_KINDS) {
      deleted[kind] = await tx.$executeRaw`DELETE FROM ${KIND_TABLE[kind]}
        WHERE "id" IN (${selectExpired(kind, institutionId, cut)})`;
    }
    await tx.surveyRound.updateMany({
      where: { institutionId, closesAt: { lte: cut.roundsClosedBy }, answersDeletedAt: null },
      data: { answersDeletedAt: now },
    });
    if (Object.values(deleted).some((n) => n > 0)) {
      // A system event (no actor), with counts only: nothing that was deleted is repeated here.
      await recordAudit(tx, {
        institutionId,
        actorId: null,
        action: "retention_run",
        targetType: "institution",
        targetId: institutionId,
        details: { deleted, ...policy } as Prisma.InputJsonObject,
      });
    }
    return deleted;
  });
}

async function runUnowned(db: Db, now: Date): Promise<RetentionRun["unowned"]> {
  const cut = retentionCutoffs(DEFAULT_POLICY, now);
  const jobs = await db.job.deleteMany({
    where: { status: { in: ["DONE", "FAILED"] }, finishedAt: { lte: cut.jobsFinishedBy } },
  });
  // Writing whose device belongs to no school: kept as long as a school's default would.
  const reflections = await db.reflection.deleteMany({
    where: {
      OR: [{ participantId: null }, { participant: { institutionId: null } }],
      createdOn: { lte: new Date(`${cut.activityDay}T00:00:00Z`) },
    },
  });
  const auditEvents = await db.auditEvent.deleteMany({
    where: { institutionId: null, createdAt: { lte: cut.auditBy } },
  });
  return { jobs: jobs.count, reflections: reflections.count, auditEvents: auditEvents.count };
}

/** Deletes everything whose time has come, by each institution's own settings, as of `now`. */
export async function runRetention(db: Db, now: Date): Promise<RetentionRun> {
  const schools = await db.institution.findMany({
    select: { id: true, ...POLICY_FIELDS },
    orderBy: { id: "asc" },
  });
  const institutions: RetentionRun["institutions"] = [];
  for (const { id, ...policy } of schools) {
    institutions.push({ institutionId: id, deleted: await runForInstitution(db, id, policy, now) });
  }
  return { institutions, unowned: await runUnowned(db, now) };
}
