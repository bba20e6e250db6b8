import "server-only";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/http";
import { freeTextMinimum, minGroupSize } from "../domain/anonymity";
import { groupDistrust } from "../domain/disclosure";
import type { ResultScope } from "../domain/hierarchy";
import type { GroupInfo } from "../domain/round-figures";

/** The institution's anonymity thresholds: k (never below 3) and the free-text minimum. */
// Read once per request (React cache): every section of the results page needs it.
export const anonymitySettings = cache(async (db: Db, institutionId: string) => {
  const institution = await db.institution.findUnique({
    where: { id: institutionId },
    select: { minGroupSize: true, minFreeTextSize: true },
  });
  if (!institution) throw notFound("institution");
  const k = minGroupSize(institution.minGroupSize);
  return { k, freeTextMin: Math.max(freeTextMinimum(k), institution.minFreeTextSize) };
});

export const roundFields = {
  id: true,
  name: true,
  code: true,
  kind: true,
  surveyKey: true,
  opensAt: true,
  closesAt: true,
  baselineId: true,
} as const;

/** A round of this institution, or not found (also for another school's round). */
export async function findRound(db: Db, institutionId: string, roundId: string) {
  const round = await db.surveyRound.findFirst({
    where: { id: roundId, institutionId },
    select: roundFields,
  });
  if (!round) throw notFound("round");
  return round;
}

/** The groups a round ran for, and any group of the institution that answered it. */
export async function roundGroups(
  db: Db,
  institutionId: string,
  roundId: string,
): Promise<GroupInfo[]> {
  return (await groupsOfRounds(db, institutionId, [roundId])).get(roundId) ?? [];
}

/**
 * The school's groups as they stand, with which of these rounds each was asked in: with the
 * rounds' response counts, all that groupsOfRounds reads from, so a version of what is
 * derived from them (the same rows and counts give the same groups as the rounds saw them).
 */
export function groupsState(db: Db, institutionId: string, roundIds: readonly string[]) {
  return db.group.findMany({
    where: { institutionId },
    select: groupColumns(roundIds),
    orderBy: { id: "asc" },
  });
}

/** What groupsState and groupsOfRounds read of a group: both must read the same. */
function groupColumns(roundIds: readonly string[]) {
  return {
    id: true,
    name: true,
    programme: true,
    expectedSize: true,
    rounds: { where: { roundId: { in: [...roundIds] } }, select: { roundId: true } },
  } satisfies Prisma.GroupSelect;
}

/**
 * Per round, its groups as the round saw them: the programme is the one its responses were
 * given in (kept at submission), so a group moved since still counts where it answered; and a
 * group whose responses cannot be trusted (more than its students, or no expected size) says
 * why. Groups without responses take their programme today.
 */
export async function groupsOfRounds(
  db: Db,
  institutionId: string,
  roundIds: readonly string[],
): Promise<Map<string, GroupInfo[]>> {
  const result = new Map<string, GroupInfo[]>(roundIds.map((id) => [id, []]));
  if (roundIds.length === 0) return result;
  const [groups, answered] = await Promise.all([
    db.group.findMany({
      where: {
        institutionId,
        OR: [
          { rounds: { some: { roundId: { in: [...roundIds] } } } },
          { responses: { some: { roundId: { in: [...roundIds] } } } },
        ],
      },
      select: groupColumns(roundIds),
      orderBy: [{ programme: "asc" }, { name: "asc" }],
    }),
    db.$queryRaw<{ roundId: string; groupId: string; programme: string | null; n: number }[]>`
      SELECT r.round_id AS "roundId", r.group_id AS "groupId", MIN(r.programme) AS "programme",
             COUNT(*)::int AS "n"
      FROM survey_responses r
      JOIN survey_rounds sr ON sr.id = r.round_id
      WHERE sr.institution_id = ${institutionId}
        AND r.round_id IN (${Prisma.join(roundIds)})
        AND r.group_id IS NOT NULL
      GROUP BY 1, 2`,
  ]);
  const seen = new Map(answered.map((row) => [`${row.roundId}:${row.groupId}`, row]));
  for (const roundId of roundIds) {
    const list = result.get(roundId) ?? [];
    for (const { rounds, ...group } of groups) {
      const row = seen.get(`${roundId}:${group.id}`);
      if (!row && !rounds.some((r) => r.roundId === roundId)) continue;
      const distrust = groupDistrust(row?.n ?? 0, group.expectedSize);
      list.push({
        ...group,
        programme: row?.programme ?? group.programme,
        ...(distrust ? { distrust } : {}),
      });
    }
    list.sort((a, b) => a.programme.localeCompare(b.programme) || a.name.localeCompare(b.name));
    result.set(roundId, list);
  }
  return result;
}

/** The scope asked for, checked against the round's groups: a foreign id is not found. */
export function resolveScope(
  groups: readonly GroupInfo[],
  filter: { groupId?: string; programme?: string },
): ResultScope {
  if (filter.groupId) {
    if (!groups.some((g) => g.id === filter.groupId)) throw notFound("group");
    return { level: "group", groupId: filter.groupId };
  }
  if (filter.programme !== undefined) {
    if (!groups.some((g) => g.programme === filter.programme)) throw notFound("programme");
    return { level: "programme", programme: filter.programme };
  }
  return { level: "round" };
}
