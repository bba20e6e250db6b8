import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/http";

/**
 * Advice a moderator may act on: this institution's, still pending, shared with consent, and
 * not flagged (flagged advice is a safeguarding matter and is never published).
 */
export function moderatable(institutionId: string, adviceId: string): Prisma.AdviceWhereInput {
  return { id: adviceId, institutionId, status: "PENDING", flagged: false, consentToShare: true };
}

export function adviceNotFound(): AppError {
  return new AppError("not_found", "There is no such advice waiting for moderation.");
}

export function alreadyModerated(): AppError {
  return new AppError("conflict", "This advice has already been moderated.");
}
