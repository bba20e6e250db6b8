import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/http/errors";
import { hashToken, looksLikeToken } from "../../domain/tokens";
import { recordAudit } from "@/features/audit/server";
import { findInvitation } from "./find-invitation";

/**
 * Who accepts: a new person choosing a name and password, or someone signed in (their user
 * id from the session, never from the form). Null: neither, as a form without a password.
 */
export type Acceptor = { name: string; password: string } | { userId: string } | null;

export type AcceptResult =
  | { ok: true; email: string; institutionId: string }
  | {
      ok: false;
      /**
       * account_exists: the address already has an account; only signing in as it accepts.
       * wrong_account: the signed-in person is not the one invited.
       */
      reason: "invalid" | "expired" | "accepted" | "account_exists" | "wrong_account";
    };

class Refused extends Error {
  constructor(readonly reason: "account_exists" | "wrong_account") {
    super(reason);
  }
}

/**
 * Accepts an invitation: the first use wins, any later one (or one after seven days) is
 * refused. A new address gets an account with the name and password given. An address that
 * already has an account joins only when its owner is signed in: the link alone (which the
 * admin of the school that invited may hold, and pass on to anyone) never joins, nor touches,
 * an existing account. A refusal leaves the invitation open.
 */
export async function acceptInvitation(token: string, acceptor: Acceptor): Promise<AcceptResult> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" };
  const passwordHash =
    acceptor && "password" in acceptor ? await hashPassword(acceptor.password) : null;
  const now = new Date();
  const db = await getDb();
  let accepted: { email: string; institutionId: string } | null;
  try {
    accepted = await db.$transaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({
        where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (count === 0) return null;
      const invitation = await tx.invitation.findUniqueOrThrow({
        where: { tokenHash: hashToken(token) },
        select: { id: true, email: true, role: true, institutionId: true },
      });
      const existing = await tx.user.findUnique({
        where: { email: invitation.email },
        select: { id: true },
      });
      let userId: string;
      if (acceptor && "userId" in acceptor) {
        if (existing?.id !== acceptor.userId) throw new Refused("wrong_account");
        userId = existing.id;
      } else if (!acceptor || !passwordHash) {
        throw new AppError("validation_failed", "Choose a password to accept.", {
          fields: [{ field: "password", message: "required" }],
        });
      } else if (existing) {
        // Any account, with or without a password: its owner signs in to join.
        throw new Refused("account_exists");
      } else {
        const created = await tx.user.create({
          data: { email: invitation.email, name: acceptor.name, passwordHash, emailVerified: now },
          select: { id: true },
        });
        userId = created.id;
      }
      await tx.membership.upsert({
        where: { userId_institutionId: { userId, institutionId: invitation.institutionId } },
        create: { userId, institutionId: invitation.institutionId, role: invitation.role },
        update: {},
      });
      await recordAudit(tx, {
        institutionId: invitation.institutionId,
        actorId: userId,
        action: "invitation_accepted",
        targetType: "invitation",
        targetId: invitation.id,
        details: { email: invitation.email, role: invitation.role },
      });
      return { email: invitation.email, institutionId: invitation.institutionId };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
  if (accepted) return { ok: true, ...accepted };
  const lookup = await findInvitation(token);
  return { ok: false, reason: lookup.state === "open" ? "accepted" : lookup.state };
}
