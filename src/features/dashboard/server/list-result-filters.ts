import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { PeriodFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/access/server";
import { roundFields } from "./round-scope";

/** The rounds of a kind and period, newest first, as a where clause inside the institution. */
export function roundsWhere(
  institutionId: string,
  period: PeriodFilter,
): Prisma.SurveyRoundWhereInput {
  return {
    institutionId,
    ...(period.kind ? { kind: period.kind } : {}),
    ...(period.from || period.to
      ? {
          opensAt: {
            ...(period.from ? { gte: period.from } : {}),
            // "to" is a whole day: rounds opening at any time that day count.
            ...(period.to ? { lt: new Date(period.to.getTime() + 24 * 60 * 60 * 1000) } : {}),
          },
        }
      : {}),
  };
}

/** What the results page offers to choose from: the rounds of the period, groups, programmes. */
export async function listResultFilters(ctx: StaffContext, period: PeriodFilter = {}) {
  authorize(ctx, "results:read");
  const db = await getDb();
  const [rounds, groups, answered] = await Promise.all([
    db.surveyRound.findMany({
      where: roundsWhere(ctx.institutionId, period),
      select: roundFields,
      orderBy: [{ opensAt: "desc" }, { createdAt: "desc" }],
    }),
    db.group.findMany({
      where: { institutionId: ctx.institutionId },
      select: { id: true, name: true, programme: true, archivedAt: true },
      orderBy: [{ programme: "asc" }, { name: "asc" }],
    }),
    db.surveyRound.findMany({
      where: { ...roundsWhere(ctx.institutionId, period), responses: { some: {} } },
      select: { id: true },
    }),
  ]);
  const withResponses = new Set(answered.map((r) => r.id));
  const programmes = [...new Set(groups.map((g) => g.programme).filter((p) => p !== ""))].sort(
    (a, b) => a.localeCompare(b),
  );
  return {
    rounds: rounds.map((round) => ({ ...round, answered: withResponses.has(round.id) })),
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      programme: g.programme,
      archived: g.archivedAt !== null,
    })),
    programmes,
  };
}

export type ResultFilters = Awaited<ReturnType<typeof listResultFilters>>;
