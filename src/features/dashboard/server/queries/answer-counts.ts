import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { trustedResponse } from "./trusted";

/**
 * How often each answer value was given in a round, per group: one row per (group, item,
 * value). Scale items give their value; a multi item's chosen option is stored as
 * "item.option" with value 1. Reads only (response_id, item_key, value), which the answers
 * index on those columns covers, so the scan never touches the table's text.
 */
export interface AnswerCountRow {
  groupId: string | null;
  itemKey: string;
  value: number;
  n: number;
}

export async function answerCountsByGroup(
  db: Db,
  institutionId: string,
  roundId: string,
): Promise<AnswerCountRow[]> {
  return db.$queryRaw`
    SELECT r.group_id AS "groupId", a.item_key AS "itemKey", a.value AS "value",
           COUNT(*)::int AS "n"
    FROM answers a
    JOIN survey_responses r ON r.id = a.response_id
    JOIN survey_rounds sr ON sr.id = r.round_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id = ${roundId}
      ${trustedResponse("r", [roundId])}
      AND a.value IS NOT NULL
    GROUP BY 1, 2, 3`;
}

/** Non-blank answers to the open questions, per group and question. */
export async function textCountsByGroup(
  db: Db,
  institutionId: string,
  roundId: string,
  itemKeys: readonly string[],
): Promise<{ groupId: string | null; itemKey: string; n: number }[]> {
  if (itemKeys.length === 0) return [];
  return db.$queryRaw`
    SELECT r.group_id AS "groupId", a.item_key AS "itemKey", COUNT(*)::int AS "n"
    FROM answers a
    JOIN survey_responses r ON r.id = a.response_id
    JOIN survey_rounds sr ON sr.id = r.round_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id = ${roundId}
      ${trustedResponse("r", [roundId])}
      AND a.item_key IN (${Prisma.join(itemKeys)})
      AND btrim(a.text) <> ''
    GROUP BY 1, 2`;
}

/**
 * Respondents who chose at least one option of a multi-choice item, per group: the base of
 * "which barriers weigh most", where one student may choose several. The item's stored answer
 * keys ("barriers.language"...) are listed, so the (item_key, value) index finds them.
 */
export async function multiRespondentsByGroup(
  db: Db,
  institutionId: string,
  roundId: string,
  item: { key: string; answerKeys: readonly string[] },
): Promise<{ groupId: string | null; itemKey: string; n: number }[]> {
  if (item.answerKeys.length === 0) return [];
  return db.$queryRaw`
    SELECT r.group_id AS "groupId", ${item.key}::text AS "itemKey", COUNT(*)::int AS "n"
    FROM survey_responses r
    JOIN survey_rounds sr ON sr.id = r.round_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id = ${roundId}
      ${trustedResponse("r", [roundId])}
      AND EXISTS (
        SELECT 1 FROM answers a
        WHERE a.response_id = r.id AND a.item_key IN (${Prisma.join(item.answerKeys)})
      )
    GROUP BY 1`;
}
