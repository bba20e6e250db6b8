import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";

/** How many flags nobody has acknowledged yet: shown on the dashboard's first screen. */
export async function countNewFlags(ctx: StaffContext): Promise<number> {
  authorize(ctx, "safeguarding:handle");
  const db = await getDb();
  return db.safeguardingFlag.count({ where: { institutionId: ctx.institutionId, status: "NEW" } });
}
