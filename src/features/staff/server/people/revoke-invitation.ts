import { getDb } from "@/lib/db";
import { recordAudit } from "@/features/audit/server";
import { authorize, type StaffContext } from "@/features/access/server";
import { notFound } from "@/lib/http";

/** Withdraws an invitation nobody has accepted yet: its link stops working. */
export async function revokeInvitation(ctx: StaffContext, invitationId: string): Promise<void> {
  authorize(ctx, "people:manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.deleteMany({
      where: { id: invitationId, institutionId: ctx.institutionId, acceptedAt: null },
    });
    if (count === 0) throw notFound("invitation");
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "invitation_revoked",
      targetType: "invitation",
      targetId: invitationId,
    });
  });
}
