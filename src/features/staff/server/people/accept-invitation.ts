import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/http/errors";
import { hashToken, looksLikeToken } from "../../domain/tokens";
import { recordAudit } from "../record-audit";
import { findInvitation } from "./find-invitation";

export type AcceptResult =
  { ok: true; email: string } | { ok: false; reason: "invalid" | "expired" | "accepted" };

/**
 * Accepts an invitation: the first use wins, any later one (or one after seven days) is
 * refused. A new person gets an account with the name and password given; someone who already
 * has an account just joins, and their password stays as it is.
 */
export async function acceptInvitation(
  token: string,
  account: { name: string; password: string } | null,
): Promise<AcceptResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" };
  const passwordHash = account ? await hashPassword(account.password) : null;
  const now = new Date();
  const db = await getDb();
  const email = await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count === 0) return null;
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
      select: { id: true, email: true, role: true, institutionId: true },
    });
    let user = await tx.user.findUnique({
      where: { email: invitation.email },
      select: { id: true, name: true, passwordHash: true },
    });
    if (!user?.passwordHash) {
      if (!account || !passwordHash) {
        throw new AppError("validation_failed", "Choose a password to accept.", {
          fields: [{ field: "password", message: "required" }],
        });
      }
      const data = { name: user?.name ?? account.name, passwordHash, emailVerified: now };
      user = user
        ? await tx.user.update({ where: { id: user.id }, data, select: userFields })
        : await tx.user.create({ data: { ...data, email: invitation.email }, select: userFields });
    }
    await tx.membership.upsert({
      where: { userId_institutionId: { userId: user.id, institutionId: invitation.institutionId } },
      create: { userId: user.id, institutionId: invitation.institutionId, role: invitation.role },
      update: {},
    });
    await recordAudit(tx, {
      institutionId: invitation.institutionId,
      actorId: user.id,
      action: "invitation_accepted",
      targetType: "invitation",
      targetId: invitation.id,
      details: { email: invitation.email, role: invitation.role },
    });
    return invitation.email;
  });
  if (email) return { ok: true, email };
  const lookup = await findInvitation(token);
  return { ok: false, reason: lookup.state === "open" ? "accepted" : lookup.state };
}

const userFields = { id: true, name: true, passwordHash: true } as const;
