import { getDb } from "@/lib/db";
import { endAllStaffSessions, authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { notFound } from "@/lib/http";

/**
 * Signs a member of the caller's institution out everywhere, at once: every cookie of theirs,
 * wherever it has been copied, stops working (for a lost phone or a shared computer). Their
 * account and password stay; they sign in again.
 */
export async function endMemberSessions(ctx: StaffContext, membershipId: string): Promise<void> {
  authorize(ctx, "people:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, institutionId: ctx.institutionId },
      select: { userId: true, user: { select: { email: true } } },
    });
    if (!membership) throw notFound("staff member");
    const sessions = await endAllStaffSessions(tx, membership.userId);
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "sessions_ended",
      targetType: "user",
      targetId: membership.userId,
      details: { email: membership.user.email, sessions },
    });
  });
}
