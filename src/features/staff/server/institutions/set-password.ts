import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { CLEARED } from "../../domain/sign-in-throttle";
import { recordAudit } from "../record-audit";

/**
 * Sets a staff member's password from the server's command line (for schools without mail)
 * and ends any sign-in lock. Returns false when there is no such account.
 */
export async function setPassword(email: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, memberships: { select: { institutionId: true } } },
    });
    if (!user) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, ...CLEARED } });
    for (const { institutionId } of user.memberships) {
      await recordAudit(tx, {
        institutionId,
        actorId: null,
        action: "password_reset",
        targetType: "user",
        targetId: user.id,
        details: { by: "command line" },
      });
    }
    return true;
  });
}
