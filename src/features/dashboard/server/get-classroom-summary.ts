import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { applySuppression, suppress, type Suppressible } from "../domain/anonymity";
import type { PeriodFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/staff";
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
 * written, per session and in total, counted in the database. Per-session counts follow the
 * table rule: a session under k is hidden, and so is another when the total would give it away.
 */
export async function getClassroomSummary(
  ctx: StaffContext,
  period: PeriodFilter = {},
): Promise<ClassroomSummary> {
  authorize(ctx, "results:read");
  const db = await getDb();
  const { k } = await anonymitySettings(db, ctx.institutionId);
  const from = period.from ? Prisma.sql`AND cs.started_at >= ${period.from}` : Prisma.empty;
  const to = period.to
    ? Prisma.sql`AND cs.started_at < ${new Date(period.to.getTime() + 24 * 60 * 60 * 1000)}`
    : Prisma.empty;
  const rows = await db.$queryRaw<
    { id: string; groupName: string; heldOn: Date; joined: number; advice: number }[]
  >`
    SELECT cs.id AS "id", g.name AS "groupName", cs.started_at::date AS "heldOn",
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

  const joinedTotal = rows.reduce((sum, r) => sum + r.joined, 0);
  const adviceTotal = rows.reduce((sum, r) => sum + r.advice, 0);
  const joined = applySuppression(
    rows.map((r) => ({ key: r.id, n: r.joined })),
    { k },
  );
  const advice = applySuppression(
    rows.map((r) => ({ key: r.id, n: r.advice })),
    { k },
  );
  const count = (cell: (typeof joined)[number]): Suppressible<{ n: number }> =>
    cell.suppressed
      ? { suppressed: true, reason: cell.reason, k: cell.k }
      : { suppressed: false, n: cell.n };
  return {
    k,
    held: rows.length,
    joined: suppress({ n: joinedTotal }, k),
    advice: suppress({ n: adviceTotal }, k),
    sessions: rows.slice(0, SESSION_LIST_LIMIT).map((r, i) => ({
      id: r.id,
      groupName: r.groupName,
      heldOn: r.heldOn,
      joined: count(joined[i]!),
      advice: count(advice[i]!),
    })),
  };
}
