// Checks an email and password for sign-in. Every way of failing (unknown email, wrong
// password, locked account) gives the same answer after the same work: one Argon2id
// verification, against a throwaway hash when there is no real one to check, so neither the
// message nor the time tells whether an address has an account. Given the client (a keyed hash
// of its address), the per-client limits of domain/sign-in-throttle.ts apply too.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { afterFailure, CLEARED, isLocked } from "../../domain/sign-in-throttle";
import { recordAudit } from "@/features/audit/server";
import { accountOpenTo, countSignInFailure, signInPause } from "./sign-in-limits";

export interface VerifiedStaff {
  id: string;
  email: string;
  name: string | null;
}

let dummyHash: Promise<string> | undefined;
function throwawayHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString("base64url"));
  return dummyHash;
}

type FailureReason = "unknown_email" | "wrong_password" | "locked" | "no_password";

export async function verifyCredentials(
  email: string,
  password: string,
  now: Date = new Date(),
  client?: string,
): Promise<VerifiedStaff | null> {
  // A client paused for a password spray is refused before any work is spent on it.
  if (client && !(await signInPause(client, now)).allowed) return null;
  const address = email.trim().toLowerCase();
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email: address },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      failedSignIns: true,
      lockedUntil: true,
      memberships: { select: { institutionId: true } },
    },
  });
  // This client has guessed at this address too often: refused here, while the owner on
  // another client is not (the account-wide lock below is what a spread-out attack meets).
  const clientShut = client ? !(await accountOpenTo(address, client, now)) : false;
  const locked = clientShut || (user ? isLocked(user, now) : false);
  const hash = user?.passwordHash && !locked ? user.passwordHash : await throwawayHash();
  const matches = await verifyPassword(hash, password);

  if (user && user.passwordHash && !locked && matches) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: CLEARED });
      for (const { institutionId } of user.memberships) {
        await recordAudit(tx, { institutionId, actorId: user.id, action: "sign_in" });
      }
    });
    return { id: user.id, email: user.email, name: user.name };
  }

  const reason: FailureReason = !user
    ? "unknown_email"
    : locked
      ? "locked"
      : user.passwordHash
        ? "wrong_password"
        : "no_password";
  await db.$transaction(async (tx) => {
    // While locked, attempts do not extend the lock: the owner waiting it out is not punished.
    if (user && !locked) {
      await tx.user.update({ where: { id: user.id }, data: afterFailure(user, now) });
    }
    const institutions = user?.memberships.map((m) => m.institutionId) ?? [];
    // An unknown address is logged without it: it may be a password typed in the wrong box.
    for (const institutionId of institutions.length ? institutions : [null]) {
      await recordAudit(tx, {
        institutionId,
        actorId: user?.id ?? null,
        action: "sign_in_failed",
        details: { reason },
      });
    }
  });
  if (client) await countSignInFailure(address, client, now);
  return null;
}
