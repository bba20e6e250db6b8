import "server-only";
import { getDb } from "@/lib/db";
import { isRoundCode, normaliseRoundCode } from "../domain/round-code";

/**
 * A round by its public code, as typed (any case, spaces or hyphens), with what answering it
 * needs: the institution's threshold and help contacts, and the groups to choose from.
 * Undefined for junk or an unknown code, so callers answer not-found the same way for both.
 */
export async function findRoundByCode(typed: string) {
  const code = normaliseRoundCode(typed);
  if (!isRoundCode(code)) return undefined;
  const db = await getDb();
  const round = await db.surveyRound.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      surveyKey: true,
      kind: true,
      opensAt: true,
      closesAt: true,
      institution: {
        select: {
          id: true,
          country: true,
          defaultLocale: true,
          pathwayThreshold: true,
          helpContacts: true,
        },
      },
      groups: {
        select: { group: { select: { id: true, name: true } } },
        orderBy: { group: { name: "asc" } },
      },
    },
  });
  if (!round) return undefined;
  return { ...round, groups: round.groups.map(({ group }) => group) };
}

export type RoundByCode = NonNullable<Awaited<ReturnType<typeof findRoundByCode>>>;
