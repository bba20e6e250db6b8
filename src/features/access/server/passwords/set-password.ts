import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { storeNewPassword } from "./store-password";

/**
 * Sets a staff member's password from the server's command line (for schools without mail)
 * and ends any sign-in lock. Returns false when there is no such account.
 */
export async function setPassword(email: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return false;
    await storeNewPassword(tx, user.id, passwordHash, {
      actorId: null,
      details: { by: "command line" },
    });
    return true;
  });
}
