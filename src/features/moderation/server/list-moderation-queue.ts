import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";

export const QUEUE_PAGE_SIZE = 25;

export interface QueuedAdvice {
  id: string;
  text: string;
  locale: string;
  source: "CLASSROOM" | "PATHWAY";
  /** The day it was written: no time, nothing that could point to a student. */
  writtenOn: Date;
}

/**
 * Advice waiting for a moderator, oldest first: this institution's, pending, shared with
 * consent and not flagged. Flagged advice is in the safeguarding queue instead.
 */
export async function listModerationQueue(
  ctx: StaffContext,
  { limit = QUEUE_PAGE_SIZE }: { limit?: number } = {},
): Promise<{ total: number; advice: QueuedAdvice[] }> {
  authorize(ctx, "advice:moderate");
  const db = await getDb();
  const where = {
    institutionId: ctx.institutionId,
    status: "PENDING",
    flagged: false,
    consentToShare: true,
  } as const;
  const [total, rows] = await Promise.all([
    db.advice.count({ where }),
    db.advice.findMany({
      where,
      select: { id: true, text: true, locale: true, source: true, createdOn: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: Math.min(Math.max(1, limit), 100),
    }),
  ]);
  return {
    total,
    advice: rows.map(({ createdOn, ...row }) => ({ ...row, writtenOn: createdOn })),
  };
}
