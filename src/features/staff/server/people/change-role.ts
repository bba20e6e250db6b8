import { getDb } from "@/lib/db";
import type { StaffRole } from "@/features/access";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";
import { ensureAnAdminRemains } from "./last-admin";

export async function changeRole(
  ctx: StaffContext,
  membershipId: string,
  role: StaffRole,
): Promise<void> {
  authorize(ctx, "people:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, institutionId: ctx.institutionId },
      select: { role: true, userId: true },
    });
    if (!membership) throw notFound("staff member");
    if (membership.role === role) return;
    await tx.membership.update({ where: { id: membershipId }, data: { role } });
    await ensureAnAdminRemains(tx, ctx.institutionId);
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "role_changed",
      targetType: "user",
      targetId: membership.userId,
      details: { from: membership.role, to: role },
    });
  });
}
