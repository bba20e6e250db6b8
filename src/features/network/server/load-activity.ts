// The network report's activity aggregates: the barriers of each school's baseline round, the
// Digital Pathway funnel and classroom sessions, per school and week. One SQL statement per
// figure over all member schools, each scoped to the network's ACTIVE members in its WHERE.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { trustedResponse } from "@/features/dashboard/server";
import { getSurveyDefinition } from "@/features/survey/server";
import type { Locale } from "@/i18n/locales";
import type { ActivityAggregates, FunnelStage } from "../domain/school-activity";

/** The survey item that asks which barriers weigh most. */
const BARRIER_ITEM = "barriers";

export interface BarrierOption {
  key: string;
  label: string;
}

/** The barrier options of the surveys these rounds use, in the survey's order, labelled. */
export function barrierOptions(surveyKeys: readonly string[], locale: Locale): BarrierOption[] {
  const options = new Map<string, string>();
  for (const key of new Set(surveyKeys)) {
    const item = getSurveyDefinition(key)?.items.find((i) => i.key === BARRIER_ITEM);
    if (item?.kind !== "multi") continue;
    for (const o of item.options) if (!options.has(o.key)) options.set(o.key, o.label[locale]);
  }
  return [...options].map(([key, label]) => ({ key, label }));
}

type Counter = Map<string, Map<string, number>>;

function add(counter: Counter, outer: string, inner: string, n: number) {
  const map = counter.get(outer) ?? new Map<string, number>();
  map.set(inner, (map.get(inner) ?? 0) + n);
  counter.set(outer, map);
}

export async function loadActivity(
  db: Db,
  networkId: string,
  baselines: readonly { institutionId: string; roundId: string }[],
  optionKeys: readonly string[],
): Promise<Map<string, ActivityAggregates>> {
  const member = (column: Prisma.Sql) => Prisma.sql`EXISTS (
    SELECT 1 FROM network_memberships nm WHERE nm.institution_id = ${column}
      AND nm.network_id = ${networkId} AND nm.status = 'ACTIVE')`;
  const roundIds = baselines.map((b) => b.roundId);
  const answerKeys = optionKeys.map((o) => `${BARRIER_ITEM}.${o}`);
  const withBarriers = roundIds.length > 0 && answerKeys.length > 0;
  const [chosen, funnel, advice, sessions] = await Promise.all([
    // One pass over the chosen barriers: per option, and (answerKey null) the students who
    // chose any.
    withBarriers
      ? db.$queryRaw<{ institutionId: string; answerKey: string | null; n: number }[]>`
        SELECT sr.institution_id AS "institutionId", a.item_key AS "answerKey",
               COUNT(DISTINCT a.response_id)::int AS "n"
        FROM answers a
        JOIN survey_responses r ON r.id = a.response_id
        JOIN survey_rounds sr ON sr.id = r.round_id
        WHERE r.round_id IN (${Prisma.join(roundIds)}) AND a.item_key IN (${Prisma.join(answerKeys)})
          AND ${member(Prisma.sql`sr.institution_id`)} ${trustedResponse("r", roundIds)}
        GROUP BY GROUPING SETS ((1, 2), (1))`
      : [],
    db.$queryRaw<
      { institutionId: string; week: string; invited: number; started: number; finished: number }[]
    >`
      SELECT p.institution_id AS "institutionId",
             to_char(date_trunc('week', pp.invited_at), 'YYYY-MM-DD') AS "week",
             COUNT(*)::int AS "invited", COUNT(pp.started_at)::int AS "started",
             COUNT(pp.completed_at)::int AS "finished"
      FROM pathway_progress pp
      JOIN participants p ON p.id = pp.participant_id
      WHERE pp.invited_at IS NOT NULL AND ${member(Prisma.sql`p.institution_id`)}
      GROUP BY 1, 2`,
    db.$queryRaw<{ institutionId: string; week: string; n: number }[]>`
      SELECT a.institution_id AS "institutionId",
             to_char(date_trunc('week', a.created_on), 'YYYY-MM-DD') AS "week", COUNT(*)::int AS "n"
      FROM advice a
      WHERE a.source = 'PATHWAY' AND ${member(Prisma.sql`a.institution_id`)}
      GROUP BY 1, 2`,
    db.$queryRaw<{ institutionId: string; week: string; held: number; joined: number }[]>`
      SELECT cs.institution_id AS "institutionId",
             to_char(date_trunc('week', cs.started_at), 'YYYY-MM-DD') AS "week",
             COUNT(*)::int AS "held",
             SUM((SELECT COUNT(*) FROM classroom_joins j WHERE j.session_id = cs.id))::int AS "joined"
      FROM classroom_sessions cs
      WHERE cs.started_at IS NOT NULL AND ${member(Prisma.sql`cs.institution_id`)}
      GROUP BY 1, 2`,
  ]);

  const counts: Counter = new Map();
  const respondentsOf = new Map<string, number>();
  for (const row of chosen) {
    if (row.answerKey === null) respondentsOf.set(row.institutionId, row.n);
    else add(counts, row.institutionId, row.answerKey.slice(BARRIER_ITEM.length + 1), row.n);
  }
  const weekly: Record<FunnelStage | "joined", Counter> = {
    invited: new Map(),
    started: new Map(),
    finished: new Map(),
    adviceWritten: new Map(),
    joined: new Map(),
  };
  for (const row of funnel) {
    for (const stage of ["invited", "started", "finished"] as const) {
      add(weekly[stage], row.institutionId, row.week, row[stage]);
    }
  }
  for (const row of advice) add(weekly.adviceWritten, row.institutionId, row.week, row.n);
  const held = new Map<string, number>();
  for (const row of sessions) {
    add(weekly.joined, row.institutionId, row.week, row.joined);
    held.set(row.institutionId, (held.get(row.institutionId) ?? 0) + row.held);
  }
  const schools = new Set([...respondentsOf.keys(), ...held.keys(), ...counts.keys()]);
  for (const counter of Object.values(weekly)) for (const id of counter.keys()) schools.add(id);
  const none = new Map<string, number>();
  return new Map(
    [...schools].map((id) => [
      id,
      {
        barriers: { respondents: respondentsOf.get(id) ?? 0, counts: counts.get(id) ?? none },
        funnel: {
          invited: weekly.invited.get(id) ?? none,
          started: weekly.started.get(id) ?? none,
          finished: weekly.finished.get(id) ?? none,
          adviceWritten: weekly.adviceWritten.get(id) ?? none,
        },
        sessions: { held: held.get(id) ?? 0, joined: weekly.joined.get(id) ?? none },
      },
    ]),
  );
}
