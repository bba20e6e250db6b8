import "server-only";
import type { Db } from "@/lib/db";
import { levelOf, type SummaryLevel } from "./score-summaries";
import { trustedResponse } from "./trusted";

/** COUNT, AVG and STDDEV_SAMP of (follow-up - baseline) for participants in both rounds. */
export interface PairedRow {
  level: SummaryLevel;
  groupId: string | null;
  programme: string | null;
  n: number;
  mean: number | null;
  sd: number | null;
}

/**
 * Per-participant score changes between a follow-up and its baseline, summarised per group
 * (the follow-up's group), per programme and for the round, in the database. The pairs join
 * on the (round, participant) unique index; both rounds must be the institution's.
 */
export async function pairedChanges(
  db: Db,
  institutionId: string,
  followUpId: string,
  baselineId: string,
): Promise<PairedRow[]> {
  const rows = await db.$queryRaw<(Omit<PairedRow, "level"> & { grouping: number })[]>`
    SELECT f.group_id AS "groupId", f.programme AS "programme",
           GROUPING(f.group_id, f.programme)::int AS "grouping",
           COUNT(*)::int AS "n",
           AVG(f.score - b.score)::float8 AS "mean",
           STDDEV_SAMP(f.score - b.score)::float8 AS "sd"
    FROM survey_responses f
    JOIN survey_rounds sf ON sf.id = f.round_id
    JOIN survey_responses b ON b.participant_id = f.participant_id AND b.round_id = ${baselineId}
    JOIN survey_rounds sb ON sb.id = b.round_id
    WHERE sf.institution_id = ${institutionId}
      AND sb.institution_id = ${institutionId}
      AND f.round_id = ${followUpId}
      AND f.score IS NOT NULL
      AND b.score IS NOT NULL
      ${trustedResponse("f", [followUpId])}
      ${trustedResponse("b", [baselineId])}
    GROUP BY GROUPING SETS ((f.group_id, f.programme), (f.programme), ())`;
  return rows.map(({ grouping, ...row }) => ({ ...row, level: levelOf(grouping) }));
}
