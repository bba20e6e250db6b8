import { getDb } from "@/lib/db";
import { type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";
import { groupFields, readableGroups, toGroupView, type GroupView } from "./group-scope";

/** One group the caller may see; another institution's (or another teacher's) is not found. */
export async function getGroup(ctx: StaffContext, groupId: string): Promise<GroupView> {
  const db = await getDb();
  const row = await db.group.findFirst({
    where: { ...readableGroups(ctx), id: groupId },
    select: groupFields,
  });
  if (!row) throw notFound("group");
  return toGroupView(row);
}
