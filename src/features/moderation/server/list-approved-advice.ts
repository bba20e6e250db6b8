import "server-only";
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { getDb } from "@/lib/db";

export const approvedAdviceQuerySchema = z.object({
  /** One school's advice (its classroom advice wall); omitted: every school's. */
  institutionId: z.string().trim().min(1).max(64).optional(),
  locale: z.enum(locales),
  limit: z.int().min(1).max(100).default(20),
});
export type ApprovedAdviceQuery = z.input<typeof approvedAdviceQuerySchema>;

export interface ApprovedAdvice {
  id: string;
  text: string;
}

/**
 * Advice that may be shown to students: approved by a moderator, shared with consent, never
 * flagged, in the reader's language; the latest approved first. Only the (possibly edited)
 * text leaves: no original, no date, no group, nothing about who wrote it.
 */
export async function listApprovedAdvice(query: ApprovedAdviceQuery): Promise<ApprovedAdvice[]> {
  const { institutionId, locale, limit } = approvedAdviceQuerySchema.parse(query);
  const db = await getDb();
  return db.advice.findMany({
    where: {
      status: "APPROVED",
      flagged: false,
      consentToShare: true,
      locale,
      ...(institutionId ? { institutionId } : {}),
    },
    select: { id: true, text: true },
    orderBy: [{ moderatedAt: "desc" }, { id: "asc" }],
    take: limit,
  });
}
