import "server-only";
import type { Db } from "@/lib/db";

/**
 * How often each answer was given in a round, per group: one row per (group, item, value).
 * Scale items give their value; a multi item's chosen option is stored as "item.option" with
 * value 1; a non-blank text answer counts with value null.
 */
export interface AnswerCountRow {
  groupId: string | null;
  itemKey: string;
  value: number | null;
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
      AND (a.value IS NOT NULL OR btrim(a.text) <> '')
    GROUP BY 1, 2, 3`;
}

/**
 * Respondents who chose at least one option of each multi-choice item, per group: the base
 * of "which barriers weigh most", where one student may choose several.
 */
export async function multiRespondentsByGroup(
  db: Db,
  institutionId: string,
  roundId: string,
): Promise<{ groupId: string | null; itemKey: string; n: number }[]> {
  return db.$queryRaw`
    SELECT r.group_id AS "groupId", split_part(a.item_key, '.', 1) AS "itemKey",
           COUNT(DISTINCT a.response_id)::int AS "n"
    FROM answers a
    JOIN survey_responses r ON r.id = a.response_id
    JOIN survey_rounds sr ON sr.id = r.round_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id = ${roundId}
      AND strpos(a.item_key, '.') > 0
    GROUP BY 1, 2`;
}
