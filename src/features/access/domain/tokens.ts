// One-time tokens for links sent by mail (invitations, password resets). The link carries a
// random token; the database keeps only its sha256, so a leaked table opens nothing.
import { createHash, randomBytes } from "node:crypto";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/** 32 random bytes, URL-safe: what goes into the link. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database stores for a token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string can be one of our tokens at all (before touching the database). */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function expiresAfter(lifetimeMs: number, now: Date = new Date()): Date {
  return new Date(now.getTime() + lifetimeMs);
}

/** A link is usable up to, but not at, its expiry time. */
export function isExpired(expiresAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= expiresAt.getTime();
}

export type InvitationState = "open" | "accepted" | "expired";

export function invitationState(
  invitation: { acceptedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  return isExpired(invitation.expiresAt, now) ? "expired" : "open";
}
