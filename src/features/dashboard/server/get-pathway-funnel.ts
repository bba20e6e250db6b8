import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { suppress, type Suppressible } from "../domain/anonymity";
import type { PeriodFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/staff";
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
 * counts all pathway advice, not only the invited students'. Each count under k is hidden.
 */
export async function getPathwayFunnel(
  ctx: StaffContext,
  period: PeriodFilter = {},
): Promise<PathwayFunnel> {
  authorize(ctx, "results:read");
  const db = await getDb();
  const { k } = await anonymitySettings(db, ctx.institutionId);
  const invitedFrom = period.from
    ? Prisma.sql`AND pp.invited_at >= ${period.from}::date`
    : Prisma.empty;
  const invitedTo = period.to ? Prisma.sql`AND pp.invited_at <= ${period.to}::date` : Prisma.empty;
  const [progress] = await db.$queryRaw<{ invited: number; started: number; finished: number }[]>`
    SELECT COUNT(*)::int AS "invited",
           COUNT(pp.started_at)::int AS "started",
           COUNT(pp.completed_at)::int AS "finished"
    FROM pathway_progress pp
    JOIN participants p ON p.id = pp.participant_id
    WHERE p.institution_id = ${ctx.institutionId}
      AND pp.invited_at IS NOT NULL
      ${invitedFrom} ${invitedTo}`;
  const adviceWritten = await db.advice.count({
    where: {
      institutionId: ctx.institutionId,
      source: "PATHWAY",
      ...(period.from || period.to
        ? {
            createdOn: {
              ...(period.from ? { gte: period.from } : {}),
              ...(period.to ? { lte: period.to } : {}),
            },
          }
        : {}),
    },
  });
  const counts: Record<FunnelStage, number> = {
    invited: progress?.invited ?? 0,
    started: progress?.started ?? 0,
    finished: progress?.finished ?? 0,
    adviceWritten,
  };
  return {
    k,
    stages: (Object.keys(counts) as FunnelStage[]).map((stage) => ({
      stage,
      figure: suppress({ n: counts[stage] }, k),
    })),
  };
}
