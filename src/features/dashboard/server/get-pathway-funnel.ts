import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { Suppressible } from "../domain/anonymity";
import { snapToWeeks, weeklyFigure } from "../domain/disclosure";
import type { PeriodFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/access/server";
import { anonymitySettings } from "./round-scope";

export type FunnelStage = "invited" | "started" | "finished" | "adviceWritten";

export interface PathwayFunnel {
  k: number;
  stages: { stage: FunnelStage; figure: Suppressible<{ n: number }> }[];
}

/**
 * The Digital Pathway funnel of the institution for a period: students invited (by the day
 * they were invited), how many of them started and finished, and the pathway advice written
 * in the period. Advice is anonymous and cannot be linked to a student, so that last stage
 * counts all pathway advice, not only the invited students'. The period widens to whole weeks
 * and each stage is counted per week: a stage is shown only when every week in it holds 0 or
 * at least k, so no two periods anyone can choose differ by fewer than k students.
 */
export async function getPathwayFunnel(
  ctx: StaffContext,
  period: PeriodFilter = {},
): Promise<PathwayFunnel> {
  authorize(ctx, "results:read");
  const db = await getDb();
  const { k } = await anonymitySettings(db, ctx.institutionId);
  const weeks = snapToWeeks({ from: period.from, to: period.to });
  const between = (column: Prisma.Sql) =>
    Prisma.sql`${weeks.from ? Prisma.sql`AND ${column} >= ${weeks.from}::date` : Prisma.empty}
      ${weeks.to ? Prisma.sql`AND ${column} < ${weeks.to}::date` : Prisma.empty}`;
  const [progress, advice] = await Promise.all([
    db.$queryRaw<{ invited: number; started: number; finished: number }[]>`
      SELECT COUNT(*)::int AS "invited",
             COUNT(pp.started_at)::int AS "started",
             COUNT(pp.completed_at)::int AS "finished"
      FROM pathway_progress pp
      JOIN participants p ON p.id = pp.participant_id
      WHERE p.institution_id = ${ctx.institutionId}
        AND pp.invited_at IS NOT NULL
        ${between(Prisma.sql`pp.invited_at`)}
      GROUP BY date_trunc('week', pp.invited_at)`,
    db.$queryRaw<{ n: number }[]>`
      SELECT COUNT(*)::int AS "n" FROM advice a
      WHERE a.institution_id = ${ctx.institutionId}
        AND a.source = 'PATHWAY'
        ${between(Prisma.sql`a.created_on`)}
      GROUP BY date_trunc('week', a.created_on)`,
  ]);
  const weekly: Record<FunnelStage, number[]> = {
    invited: progress.map((w) => w.invited),
    started: progress.map((w) => w.started),
    finished: progress.map((w) => w.finished),
    adviceWritten: advice.map((w) => w.n),
  };
  return {
    k,
    stages: (Object.keys(weekly) as FunnelStage[]).map((stage) => ({
      stage,
      figure: weeklyFigure(weekly[stage], k),
    })),
  };
}
