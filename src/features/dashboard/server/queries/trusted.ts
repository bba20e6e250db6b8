import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * A WHERE condition that keeps only responses whose group vouches for them: in no group, or
 * in a group with an expected size that its responses to the round do not exceed. A group with
 * more answers than students holds made-up answers (padding); one without an expected size
 * could hold them unnoticed. Their answers count in no figure (the group says why instead).
 * `alias` is the survey_responses alias of the query; the sub-select runs once per query.
 */
export function trustedResponse(alias: string, roundIds: readonly string[]): Prisma.Sql {
  const r = Prisma.raw(alias);
  return Prisma.sql`AND (${r}.group_id IS NULL OR (${r}.round_id, ${r}.group_id) IN (
    SELECT tr.round_id, tr.group_id FROM survey_responses tr
    JOIN groups tg ON tg.id = tr.group_id
    WHERE tr.round_id IN (${Prisma.join(roundIds)})
    GROUP BY tr.round_id, tr.group_id, tg.expected_size
    HAVING tg.expected_size > 0 AND COUNT(*) <= tg.expected_size))`;
}
