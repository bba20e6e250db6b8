import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { ResultScope } from "../../domain/hierarchy";
import { trustedResponse } from "./trusted";

/** Which level of the round a summary row describes. */
export type SummaryLevel = "group" | "programme" | "round";

/** COUNT, AVG and STDDEV_SAMP of the score, and the band counts, for one set of responses. */
export interface ScoreSummaryRow {
  roundId: string;
  level: SummaryLevel;
  /** Set on group rows; null on a group row means "in no group". */
  groupId: string | null;
  /** Set on group and programme rows of grouped responses; null for responses in no group. */
  programme: string | null;
  responses: number;
  scored: number;
  mean: number | null;
  sd: number | null;
  low: number;
  mid: number;
  high: number;
}

interface RawRow extends Omit<ScoreSummaryRow, "level"> {
  grouping: number;
}

const LEVEL_BY_GROUPING: Record<number, SummaryLevel> = { 0: "group", 2: "programme", 3: "round" };

/** The level of a GROUPING(group_id, programme) value: 0 group, 2 programme, 3 round. */
export function levelOf(grouping: number): SummaryLevel {
  const level = LEVEL_BY_GROUPING[grouping];
  if (!level) throw new Error(`Unexpected GROUPING value ${grouping}`);
  return level;
}

/**
 * Score summaries of rounds in one pass: per group, per programme and for the whole round
 * (GROUPING SETS), computed in the database. GROUPING() tells the levels apart, because a
 * group row of responses in no group also has a null group id.
 */
export async function scoreSummaries(
  db: Db,
  institutionId: string,
  roundIds: readonly string[],
): Promise<ScoreSummaryRow[]> {
  if (roundIds.length === 0) return [];
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT r.round_id AS "roundId", r.group_id AS "groupId", r.programme AS "programme",
           GROUPING(r.group_id, r.programme)::int AS "grouping",
           COUNT(*)::int AS "responses",
           COUNT(r.score)::int AS "scored",
           AVG(r.score)::float8 AS "mean",
           STDDEV_SAMP(r.score)::float8 AS "sd",
           COUNT(*) FILTER (WHERE r.band = 'LOW')::int AS "low",
           COUNT(*) FILTER (WHERE r.band = 'MID')::int AS "mid",
           COUNT(*) FILTER (WHERE r.band = 'HIGH')::int AS "high"
    FROM survey_responses r
    JOIN survey_rounds sr ON sr.id = r.round_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id IN (${Prisma.join(roundIds)})
      ${trustedResponse("r", roundIds)}
    GROUP BY GROUPING SETS (
      (r.round_id, r.group_id, r.programme),
      (r.round_id, r.programme),
      (r.round_id)
    )`;
  return rows.map(({ grouping, ...row }) => ({ ...row, level: levelOf(grouping) }));
}

/** A round's score histogram per group: equal-width bins over 0-100, 100 in the last bin. */
export async function scoreHistogramByGroup(
  db: Db,
  institutionId: string,
  roundId: string,
  binCount: number,
): Promise<{ groupId: string | null; bin: number; n: number }[]> {
  return db.$queryRaw`
    SELECT r.group_id AS "groupId",
           (LEAST(width_bucket(r.score, 0, 100, ${binCount}::int), ${binCount}::int) - 1)::int
             AS "bin",
           COUNT(*)::int AS "n"
    FROM survey_responses r
    JOIN survey_rounds sr ON sr.id = r.round_id
    WHERE sr.institution_id = ${institutionId}
      AND r.round_id = ${roundId}
      AND r.score IS NOT NULL
      ${trustedResponse("r", [roundId])}
    GROUP BY 1, 2`;
}

type ScopedRow = { level: SummaryLevel; groupId: string | null; programme: string | null };

// Each list of rows is indexed once, on first use: the results page reads a row per group and
// round, and a scan per read made that quadratic in the number of groups. Rows are never
// changed once read (they are query results, kept as they are).
const indexes = new WeakMap<readonly ScopedRow[], Map<string, ScopedRow>>();

function keyOf(level: SummaryLevel, name: string): string {
  return `${level}\u0000${name}`;
}

/** The row of a scope among GROUPING SETS rows (one per group, programme and round). */
export function rowFor<T extends ScopedRow>(rows: readonly T[], scope: ResultScope): T | undefined {
  let index = indexes.get(rows);
  if (!index) {
    index = new Map();
    for (const row of rows) {
      const name = row.level === "round" ? "" : row.level === "group" ? row.groupId : row.programme;
      // Rows of responses in no group (a null id or programme) are no scope's but the round's.
      if (name === null) continue;
      const key = keyOf(row.level, name);
      // The first row of a scope wins, as a scan would find it.
      if (!index.has(key)) index.set(key, row);
    }
    indexes.set(rows, index);
  }
  const key =
    scope.level === "round"
      ? keyOf("round", "")
      : scope.level === "programme"
        ? keyOf("programme", scope.programme)
        : keyOf("group", scope.groupId);
  return index.get(key) as T | undefined;
}
