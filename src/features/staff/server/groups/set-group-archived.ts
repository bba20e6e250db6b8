import { getDb } from "@/lib/db";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";

/** Archives a group (it keeps its data but leaves the lists) or brings it back. */
export async function setGroupArchived(
  ctx: StaffContext,
  groupId: string,
  archived: boolean,
): Promise<void> {
  authorize(ctx, "groups:write");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.group.updateMany({
      where: { id: groupId, institutionId: ctx.institutionId },
      data: { archivedAt: archived ? new Date() : null },
    });
    if (count === 0) throw notFound("group");
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: archived ? "group_archived" : "group_restored",
      targetType: "group",
      targetId: groupId,
    });
  });
}
