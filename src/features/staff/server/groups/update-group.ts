import { getDb } from "@/lib/db";
import type { GroupPatch } from "../../schemas";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";

/** Changes a group's details; only the fields given change. */
export async function updateGroup(
  ctx: StaffContext,
  groupId: string,
  patch: GroupPatch,
): Promise<void> {
  authorize(ctx, "groups:write");
  const fields = Object.keys(patch).filter((k) => patch[k as keyof GroupPatch] !== undefined);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.group.updateMany({
      where: { id: groupId, institutionId: ctx.institutionId },
      data: patch,
    });
    if (count === 0) throw notFound("group");
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "group_updated",
      targetType: "group",
      targetId: groupId,
      details: { fields },
    });
  });
}
