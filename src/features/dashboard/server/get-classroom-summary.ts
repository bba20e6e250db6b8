import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { applySuppression, type Suppressible } from "../domain/anonymity";
import { snapToWeeks, weeklyFigure } from "../domain/disclosure";
import type { PeriodFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/access/server";
import { anonymitySettings } from "./round-scope";

export interface ClassroomSessionRow {
  id: string;
  groupName: string;
  /** The day the session started (no time: a day is enough for a coordinator). */
  heldOn: Date;
  joined: Suppressible<{ n: number }>;
  advice: Suppressible<{ n: number }>;
}

export interface ClassroomSummary {
  k: number;
  held: number;
  joined: Suppressible<{ n: number }>;
  advice: Suppressible<{ n: number }>;
  sessions: ClassroomSessionRow[];
}

/** At most this many sessions are listed, the latest first; the totals cover all of them. */
export const SESSION_LIST_LIMIT = 50;

/**
 * Classroom sessions held in a period (started, by day): students who joined and advice
 * written, per session and in total, counted in the database. The period widens to whole
 * weeks, and each week is a fixed bin: a total is shown only when every week in it holds 0 or
 * at least k, and within a week a session under k is hidden, and so is another when the week
 * would give it away. Any two periods then differ by whole weeks that are each safe.
 */
export async function getClassroomSummary(
  ctx: StaffContext,
  period: PeriodFilter = {},
): Promise<ClassroomSummary> {
  authorize(ctx, "results:read");
  const db = await getDb();
  const { k } = await anonymitySettings(db, ctx.institutionId);
  const weeks = snapToWeeks({ from: period.from, to: period.to });
  const from = weeks.from ? Prisma.sql`AND cs.started_at >= ${weeks.from}` : Prisma.empty;
  const to = weeks.to ? Prisma.sql`AND cs.started_at < ${weeks.to}` : Prisma.empty;
  const rows = await db.$queryRaw<
    { id: string; groupName: string; heldOn: Date; week: Date; joined: number; advice: number }[]
  >`
    SELECT cs.id AS "id", g.name AS "groupName", cs.started_at::date AS "heldOn",
           date_trunc('week', cs.started_at) AS "week",
           (SELECT COUNT(*)::int FROM classroom_joins j WHERE j.session_id = cs.id) AS "joined",
           (SELECT COUNT(*)::int FROM advice a
              WHERE a.classroom_session_id = cs.id AND a.institution_id = cs.institution_id)
             AS "advice"
    FROM classroom_sessions cs
    JOIN groups g ON g.id = cs.group_id AND g.institution_id = cs.institution_id
    WHERE cs.institution_id = ${ctx.institutionId}
      AND cs.started_at IS NOT NULL
      ${from} ${to}
    ORDER BY cs.started_at DESC, cs.id`;

  const joined = weeklyCells(rows, (r) => r.joined, k);
  const advice = weeklyCells(rows, (r) => r.advice, k);
  return {
    k,
    held: rows.length,
    joined: joined.total,
    advice: advice.total,
    sessions: rows.slice(0, SESSION_LIST_LIMIT).map((r) => ({
      id: r.id,
      groupName: r.groupName,
      heldOn: r.heldOn,
      joined: joined.cell(r.id),
      advice: advice.cell(r.id),
    })),
  };
}

/** One count of the sessions, checked week by week: the period's total and each session's. */
function weeklyCells<T extends { id: string; week: Date }>(
  rows: readonly T[],
  count: (row: T) => number,
  k: number,
) {
  const byWeek = new Map<number, T[]>();
  for (const row of rows) {
    const week = new Date(row.week).getTime();
    byWeek.set(week, [...(byWeek.get(week) ?? []), row]);
  }
  const cells = new Map<string, Suppressible<{ n: number }>>();
  const weekTotals: number[] = [];
  for (const sessions of byWeek.values()) {
    weekTotals.push(sessions.reduce((sum, r) => sum + count(r), 0));
    for (const cell of applySuppression(
      sessions.map((r) => ({ key: r.id, n: count(r) })),
      { k },
    )) {
      cells.set(
        cell.key,
        cell.suppressed
          ? { suppressed: true, reason: cell.reason, k: cell.k }
          : { suppressed: false, n: cell.n },
      );
    }
  }
  const hidden: Suppressible<{ n: number }> = { suppressed: true, reason: "fewer-than-k", k };
  return {
    total: weeklyFigure(weekTotals, k) as Suppressible<{ n: number }>,
    cell: (id: string) => cells.get(id) ?? hidden,
  };
}
