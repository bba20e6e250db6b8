import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { gateSql, type GateRow, type WriteGate } from "@/lib/http";
import type { AnswerRow } from "../domain/answer-rows";

export interface ResponseToInsert {
  responseId: string;
  roundId: string;
  institutionId: string;
  participantId: string;
  groupId: string | null;
  submissionId: string;
  locale: string;
  score: number | null;
  band: string | null;
  invited: boolean;
  /** The day of the submission, YYYY-MM-DD (responses keep the day only). */
  day: string;
  now: Date;
  rows: readonly AnswerRow[];
}

export interface InsertOutcome extends GateRow {
  /** The round is open at `now` (false also when it is gone). */
  open: boolean;
  /** The group is one of the round's (or none was chosen). */
  groupOk: boolean;
  /** Stored now; false when the gate refused, the round was not open, or it was stored before. */
  inserted: boolean;
}

/**
 * One statement, one commit: counts the request against the client's limits (gate), checks
 * that the round is open and the group is in it, and stores the participant, the response,
 * its answers and, when invited, the funnel's first invitation. A response that exists
 * already (same submissionId, or this participant's answer to the round) stores nothing
 * (ON CONFLICT DO NOTHING) and the caller reads the stored one. The programme snapshot is the
 * table's trigger, as for every insert.
 */
export async function insertResponse(
  r: ResponseToInsert,
  gate: WriteGate | undefined,
): Promise<InsertOutcome> {
  const db = await getDb();
  const [outcome] = await db.$queryRaw<InsertOutcome[]>(responseStatement(r, gate));
  if (!outcome) throw new Error("The response statement returned no row.");
  return outcome;
}

/** The statement of insertResponse (bench/ runs it through pg too, as the floor of a write). */
export function responseStatement(r: ResponseToInsert, gate: WriteGate | undefined): Prisma.Sql {
  const answers = JSON.stringify(
    r.rows.map((row) => ({
      id: randomUUID(),
      item_key: row.itemKey,
      value: row.value,
      text: row.text,
    })),
  );
  const now = Prisma.sql`${r.now.toISOString()}::timestamp`;
  const day = Prisma.sql`${r.day}::date`;
  return Prisma.sql`
    WITH ${gateSql(gate)},
    round AS (
      SELECT (r.opens_at <= ${now} AND r.closes_at > ${now}) AS open,
             (${r.groupId}::text IS NULL OR EXISTS (
               SELECT 1 FROM survey_round_groups rg
                WHERE rg.round_id = r.id AND rg.group_id = ${r.groupId}::text)) AS group_ok
        FROM survey_rounds r WHERE r.id = ${r.roundId}
    ),
    go AS (SELECT 1 FROM gate, round WHERE gate.passed AND round.open AND round.group_ok),
    participant AS (
      INSERT INTO participants (id, institution_id) SELECT ${r.participantId}, ${r.institutionId} FROM go
      ON CONFLICT DO NOTHING
    ),
    response AS (
      INSERT INTO survey_responses (id, round_id, participant_id, group_id, submission_id, locale,
                                    score, band, invited_to_pathway, submitted_on)
      SELECT ${r.responseId}, ${r.roundId}, ${r.participantId}, ${r.groupId}::text, ${r.submissionId},
             ${r.locale}, ${r.score}::float8, ${r.band}::"Band", ${r.invited}, ${day}
        FROM go
      ON CONFLICT DO NOTHING
      RETURNING id
    ),
    answers AS (
      INSERT INTO answers (id, response_id, item_key, value, text)
      SELECT a.id, response.id, a.item_key, a.value, a.text
        FROM response, jsonb_to_recordset(${answers}::jsonb) AS a(id text, item_key text, value int, text text)
    ),
    funnel AS (
      -- The first invitation counts; a later round does not move it.
      INSERT INTO pathway_progress (id, participant_id, invited_at)
      SELECT ${randomUUID()}, ${r.participantId}, ${day} FROM response WHERE ${r.invited}
      ON CONFLICT (participant_id) DO UPDATE SET invited_at = EXCLUDED.invited_at
        WHERE pathway_progress.invited_at IS NULL
    )
    SELECT gate.counted, gate.misses, COALESCE(round.open, false) AS open,
           COALESCE(round.group_ok, false) AS "groupOk",
           EXISTS (SELECT 1 FROM response) AS inserted
      FROM gate LEFT JOIN round ON true`;
}
