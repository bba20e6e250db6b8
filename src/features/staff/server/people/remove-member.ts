import { getDb } from "@/lib/db";
import { endAllStaffSessions, authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { notFound } from "@/lib/http";
import { ensureAnAdminRemains } from "./last-admin";

/**
 * Removes someone from the institution (their account stays, for their other schools) and
 * from the institution's groups they taught. Their sessions end everywhere (a copied cookie
 * included); they sign in again for their other schools.
 */
export async function removeMember(ctx: StaffContext, membershipId: string): Promise<void> {
  authorize(ctx, "people:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, institutionId: ctx.institutionId },
      select: { role: true, userId: true, user: { select: { email: true } } },
    });
    if (!membership) throw notFound("staff member");
    await tx.membership.delete({ where: { id: membershipId } });
    await tx.groupTeacher.deleteMany({
      where: { userId: membership.userId, group: { institutionId: ctx.institutionId } },
    });
    await ensureAnAdminRemains(tx, ctx.institutionId);
    await endAllStaffSessions(tx, membership.userId);
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "member_removed",
      targetType: "user",
      targetId: membership.userId,
      details: { email: membership.user.email, role: membership.role },
    });
  });
}
