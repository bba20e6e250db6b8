import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, isExpired, looksLikeToken } from "../../domain/tokens";
import { storeNewPassword } from "./store-password";
import { userIdOfReset } from "./reset-token";

export type ResetResult =
  { ok: true; email: string } | { ok: false; reason: "invalid" | "expired" };

/**
 * Sets a new password through a reset link. The link is used up in the same transaction, so
 * it works once; a lock from failed sign-ins ends too, since the mailbox owner proved who they are.
 */
export async function resetPassword(token: string, password: string): Promise<ResetResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" };
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.$transaction(async (tx): Promise<ResetResult> => {
    const row = await tx.verificationToken.findUnique({ where: { token: hashToken(token) } });
    const userId = row ? userIdOfReset(row.identifier) : null;
    if (!row || !userId) return { ok: false, reason: "invalid" };
    if (isExpired(row.expires)) return { ok: false, reason: "expired" };
    const { count } = await tx.verificationToken.deleteMany({ where: { token: row.token } });
    if (count === 0) return { ok: false, reason: "invalid" };
    const { email } = await storeNewPassword(tx, userId, passwordHash, { actorId: userId });
    return { ok: true, email };
  });
}
