// Staff sessions that end on the server. The session cookie is a JWT, valid by itself until it
// expires; so each one carries the id of a row in "sessions", and every staff request checks
// that row (one lookup by a unique index). Deleting the row ends that session wherever its
// cookie has been copied to: on sign-out, a password change, removal from a school, or when
// an admin ends someone's sessions.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { hashToken } from "../../domain/tokens";

/** Starts a session for a person who has just proved who they are; returns its id. */
export async function startStaffSession(
  userId: string,
  maxAgeSeconds: number,
  now: Date = new Date(),
): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  const db = await getDb();
  await db.$transaction([
    // Their expired sessions are of no use to anyone: tidy them while we are here.
    db.session.deleteMany({ where: { userId, expires: { lte: now } } }),
    db.session.create({
      data: {
        // Only a hash is stored: a copy of the table does not make a cookie.
        sessionToken: hashToken(sessionId),
        userId,
        expires: new Date(now.getTime() + maxAgeSeconds * 1000),
      },
    }),
  ]);
  return sessionId;
}

/** Whether the session a cookie names still exists, belongs to its user and has not expired. */
export async function isStaffSessionLive(
  userId: unknown,
  sessionId: unknown,
  now: Date = new Date(),
): Promise<boolean> {
  if (typeof userId !== "string" || typeof sessionId !== "string" || sessionId.length > 128) {
    return false;
  }
  const db = await getDb();
  const row = await db.session.findUnique({
    where: { sessionToken: hashToken(sessionId) },
    select: { userId: true, expires: true },
  });
  return row !== null && row.userId === userId && row.expires.getTime() > now.getTime();
}

/** Ends one session (sign-out). */
export async function endStaffSession(sessionId: unknown): Promise<void> {
  if (typeof sessionId !== "string" || sessionId.length > 128) return;
  const db = await getDb();
  await db.session.deleteMany({ where: { sessionToken: hashToken(sessionId) } });
}

/** Ends every session of a person, inside the caller's transaction; returns how many. */
export async function endAllStaffSessions(
  tx: Prisma.TransactionClient,
  userId: string,
): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId } });
  return count;
}
