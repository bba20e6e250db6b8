import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { roundStatus } from "../domain/round-window";

/** What staff see of a round, wherever it is listed or has just been created. */
export const roundFields = {
  id: true,
  code: true,
  name: true,
  kind: true,
  surveyKey: true,
  opensAt: true,
  closesAt: true,
  baselineId: true,
} satisfies Prisma.SurveyRoundSelect;

/** An institution's rounds, newest opening first, with their groups and response counts. */
export async function listRounds(institutionId: string, now: Date = new Date()) {
  const db = await getDb();
  const rounds = await db.surveyRound.findMany({
    where: { institutionId },
    orderBy: [{ opensAt: "desc" }, { createdAt: "desc" }],
    select: {
      ...roundFields,
      groups: { select: { group: { select: { id: true, name: true } } } },
      _count: { select: { responses: true } },
    },
  });
  return rounds.map(({ groups, _count, ...round }) => ({
    ...round,
    status: roundStatus(round, now),
    groups: groups.map(({ group }) => group).sort((a, b) => a.name.localeCompare(b.name)),
    responses: _count.responses,
  }));
}

export type RoundSummary = Awaited<ReturnType<typeof listRounds>>[number];
