import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/http";
import { freeTextMinimum, minGroupSize } from "../domain/anonymity";
import type { ResultScope } from "../domain/hierarchy";
import type { GroupInfo } from "../domain/round-figures";

/** The institution's anonymity thresholds: k (never below 3) and the free-text minimum. */
export async function anonymitySettings(db: Db, institutionId: string) {
  const institution = await db.institution.findUnique({
    where: { id: institutionId },
    select: { minGroupSize: true, minFreeTextSize: true },
  });
  if (!institution) throw notFound("institution");
  const k = minGroupSize(institution.minGroupSize);
  return { k, freeTextMin: Math.max(freeTextMinimum(k), institution.minFreeTextSize) };
}

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
  return db.group.findMany({
    where: {
      institutionId,
      OR: [{ rounds: { some: { roundId } } }, { responses: { some: { roundId } } }],
    },
    select: { id: true, name: true, programme: true, expectedSize: true },
    orderBy: [{ programme: "asc" }, { name: "asc" }],
  });
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

export function notFound(what: string): AppError {
  return new AppError("not_found", `There is no such ${what}.`);
}
