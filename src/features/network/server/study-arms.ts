// Intervention and comparison groups: a coordinator marks a round's groups before the round
// closes (later, a moved group would change the arms' figures by its own few students), and
// the network report reads each arm's aggregates, one SQL statement per figure.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { trustedResponse } from "@/features/dashboard/server";
import type { Arm, ArmAggregates } from "../domain/study-arms";

/** Marks (or, with null, unmarks) a group of a round as intervention or comparison. */
export async function markStudyArm(
  ctx: StaffContext,
  input: { roundId: string; groupId: string; arm: Arm | null },
  now = new Date(),
): Promise<void> {
  authorize(ctx, "rounds:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const round = await tx.surveyRound.findFirst({
      where: { id: input.roundId, institutionId: ctx.institutionId },
      select: { closesAt: true },
    });
    if (!round) throw new AppError("not_found", "There is no such round.");
    if (round.closesAt <= now) {
      throw new AppError("conflict", "Groups are marked before the round closes.");
    }
    const changed = await tx.surveyRoundGroup.updateMany({
      where: {
        roundId: input.roundId,
        groupId: input.groupId,
        round: { institutionId: ctx.institutionId },
      },
      data: { arm: input.arm },
    });
    if (changed.count === 0) throw new AppError("not_found", "The group is not in this round.");
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "study_arm_marked",
      targetType: "survey_round",
      targetId: input.roundId,
      details: { groupId: input.groupId, arm: input.arm },
    });
  });
}

type Row = { roundId: string; arm: Arm; n: number; mean: number | null; sd: number | null };

/** Per baseline round and arm: the baseline scores, and the follow-up's paired differences. */
export async function loadArms(
  db: Db,
  networkId: string,
  rounds: readonly { baselineId: string; followUpId: string | null }[],
): Promise<Map<string, Partial<Record<Arm, ArmAggregates>>>> {
  const baselineIds = rounds.map((r) => r.baselineId);
  const followUpIds = rounds.flatMap((r) => (r.followUpId ? [r.followUpId] : []));
  const member = Prisma.sql`EXISTS (SELECT 1 FROM network_memberships nm
    WHERE nm.institution_id = sr.institution_id AND nm.network_id = ${networkId}
      AND nm.status = 'ACTIVE')`;
  const [scores, differences] = await Promise.all([
    baselineIds.length
      ? db.$queryRaw<Row[]>`
        SELECT r.round_id AS "roundId", srg.arm AS "arm", COUNT(r.score)::int AS "n",
               AVG(r.score)::float8 AS "mean", STDDEV_SAMP(r.score)::float8 AS "sd"
        FROM survey_responses r
        JOIN survey_rounds sr ON sr.id = r.round_id
        JOIN survey_round_groups srg ON srg.round_id = r.round_id AND srg.group_id = r.group_id
        WHERE r.round_id IN (${Prisma.join(baselineIds)}) AND srg.arm IS NOT NULL AND ${member}
          ${trustedResponse("r", baselineIds)}
        GROUP BY 1, 2`
      : [],
    followUpIds.length
      ? db.$queryRaw<Row[]>`
        SELECT sr.baseline_id AS "roundId", srg.arm AS "arm", COUNT(*)::int AS "n",
               AVG(f.score - b.score)::float8 AS "mean",
               STDDEV_SAMP(f.score - b.score)::float8 AS "sd"
        FROM survey_responses f
        JOIN survey_rounds sr ON sr.id = f.round_id
        JOIN survey_responses b ON b.round_id = sr.baseline_id AND b.participant_id = f.participant_id
        JOIN survey_round_groups srg ON srg.round_id = b.round_id AND srg.group_id = b.group_id
        WHERE f.round_id IN (${Prisma.join(followUpIds)}) AND srg.arm IS NOT NULL
          AND f.score IS NOT NULL AND b.score IS NOT NULL AND ${member}
          ${trustedResponse("f", followUpIds)} ${trustedResponse("b", baselineIds)}
        GROUP BY 1, 2`
      : [],
  ]);
  const withFollowUp = new Set(rounds.filter((r) => r.followUpId).map((r) => r.baselineId));
  const arms = new Map<string, Partial<Record<Arm, ArmAggregates>>>();
  const entry = (roundId: string, arm: Arm) => {
    const round = arms.get(roundId) ?? {};
    round[arm] ??= {
      scores: { n: 0, mean: null, sd: null },
      differences: withFollowUp.has(roundId) ? { n: 0, mean: null, sd: null } : null,
    };
    arms.set(roundId, round);
    return round[arm];
  };
  for (const s of scores) entry(s.roundId, s.arm).scores = { n: s.n, mean: s.mean, sd: s.sd };
  for (const d of differences) {
    entry(d.roundId, d.arm).differences = { n: d.n, mean: d.mean, sd: d.sd };
  }
  return arms;
}

/** The school's rounds that have not closed yet, with their groups and marks, for the form. */
export async function listArmRounds(ctx: StaffContext, now = new Date()) {
  authorize(ctx, "rounds:manage");
  const db = await getDb();
  return db.surveyRound.findMany({
    where: { institutionId: ctx.institutionId, closesAt: { gt: now } },
    select: {
      id: true,
      name: true,
      groups: {
        select: { arm: true, group: { select: { id: true, name: true } } },
        orderBy: { group: { name: "asc" } },
      },
    },
    orderBy: [{ opensAt: "asc" }, { id: "asc" }],
  });
}
