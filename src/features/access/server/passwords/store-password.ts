import type { Prisma } from "@/generated/prisma/client";
import { CLEARED } from "../../domain/sign-in-throttle";
import { endAllStaffSessions } from "../auth/staff-sessions";
import { recordAudit } from "@/features/audit/server";

/**
 * Replaces a staff member's password hash, ends any sign-in lock and every session (whoever
 * knew the old password, or holds a copied cookie, is out), and records it in each of their
 * institutions' audit logs. Runs inside the caller's transaction.
 */
export async function storeNewPassword(
  tx: Prisma.TransactionClient,
  userId: string,
  passwordHash: string,
  audit: { actorId: string | null; details?: Prisma.InputJsonObject },
): Promise<{ email: string }> {
  const user = await tx.user.update({
    where: { id: userId },
    data: { passwordHash, ...CLEARED },
    select: { email: true, memberships: { select: { institutionId: true } } },
  });
  await endAllStaffSessions(tx, userId);
  for (const { institutionId } of user.memberships) {
    await recordAudit(tx, {
      institutionId,
      actorId: audit.actorId,
      action: "password_reset",
      targetType: "user",
      targetId: userId,
      details: audit.details,
    });
  }
  return { email: user.email };
}
