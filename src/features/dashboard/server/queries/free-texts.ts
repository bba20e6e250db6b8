import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { ResultScope } from "../../domain/hierarchy";
import { trustedResponse } from "./trusted";

/** At most this many texts are shown for one question: a random sample of them. */
export const FREE_TEXT_SAMPLE = 60;

/** The random sample kept per state of a round's data, that each view samples again. */
export const FREE_TEXT_POOL = 1_000;

/**
 * A random sample of the non-blank answers to one open question in a scope of a round. Only
 * the text is read: no id, no date, nothing that could say who wrote it or when.
 */
export async function sampleFreeTexts(
  db: Db,
  institutionId: string,
  roundId: string,
  itemKey: string,
  scope: ResultScope,
  { limit = FREE_TEXT_SAMPLE }: { limit?: number } = {},
): Promise<{ text: string }[]> {
  const inScope =
    scope.level === "group"
      ? Prisma.sql`AND r.group_id = ${scope.groupId}`
      : scope.level === "programme"
        ? Prisma.sql`AND r.programme = ${scope.programme}`
        : Prisma.empty;
  return db.$queryRaw`
    SELECT a.text AS "text"
    FROM answers a
    JOIN survey_responses r ON r.id = a.response_id
    JOIN survey_rounds sr ON sr.id = r.round_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id = ${roundId}
      ${trustedResponse("r", [roundId])}
      AND a.item_key = ${itemKey}
      AND btrim(a.text) <> ''
      ${inScope}
    ORDER BY random()
    LIMIT ${limit}`;
}
