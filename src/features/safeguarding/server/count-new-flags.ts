import "server-only";
import { getDb } from "@/lib/db";
import type { DashboardContext } from "@/features/dashboard/server/context";

/** How many flags nobody has acknowledged yet: shown on the dashboard's first screen. */
export async function countNewFlags(ctx: DashboardContext): Promise<number> {
  const db = await getDb();
  return db.safeguardingFlag.count({ where: { institutionId: ctx.institutionId, status: "NEW" } });
}
