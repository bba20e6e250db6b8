import { getDb } from "@/lib/db";
import type { GroupInput } from "../../schemas";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";

export async function createGroup(ctx: StaffContext, input: GroupInput): Promise<{ id: string }> {
  authorize(ctx, "groups:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const group = await tx.group.create({
      data: { institutionId: ctx.institutionId, ...input },
      select: { id: true },
    });
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "group_created",
      targetType: "group",
      targetId: group.id,
      details: { name: input.name },
    });
    return group;
  });
}
