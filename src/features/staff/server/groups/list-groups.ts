import { getDb } from "@/lib/db";
import type { StaffContext } from "@/features/access/server";
import { groupFields, readableGroups, toGroupView, type GroupView } from "./group-scope";

/** The groups the caller may see, active ones first, by name. */
export async function listGroups(ctx: StaffContext): Promise<GroupView[]> {
  const db = await getDb();
  const rows = await db.group.findMany({
    where: readableGroups(ctx),
    select: groupFields,
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return rows.map(toGroupView);
}
