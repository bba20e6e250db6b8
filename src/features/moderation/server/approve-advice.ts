import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { approveAdviceSchema, type ApproveAdviceInput } from "../schemas";
import { adviceNotFound, alreadyModerated, moderatable } from "./moderation-scope";

/**
 * Approves advice for the advice wall and the pathway, optionally with the text edited to
 * remove anything identifying. The student's original stays in originalText for the audit
 * trail; the audit event says whether the text was edited, not what it said.
 */
export async function approveAdvice(
  ctx: StaffContext,
  input: ApproveAdviceInput,
  now: Date = new Date(),
): Promise<{ edited: boolean }> {
  authorize(ctx, "advice:moderate");
  const { adviceId, text } = approveAdviceSchema.parse(input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const advice = await tx.advice.findFirst({
      where: { id: adviceId, institutionId: ctx.institutionId },
      select: { text: true, status: true, flagged: true, consentToShare: true },
    });
    if (!advice || advice.flagged || !advice.consentToShare) throw adviceNotFound();
    if (advice.status !== "PENDING") throw alreadyModerated();
    const edited = text !== undefined && text !== advice.text;
    const updated = await tx.advice.updateMany({
      // Pending in the same statement: of two moderators at once, one wins.
      where: moderatable(ctx.institutionId, adviceId),
      data: {
        status: "APPROVED",
        ...(edited ? { text } : {}),
        moderatedById: ctx.userId,
        moderatedAt: now,
      },
    });
    if (updated.count !== 1) throw alreadyModerated();
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: edited ? "advice_edited_and_approved" : "advice_approved",
      targetType: "advice",
      targetId: adviceId,
    });
    return { edited };
  });
}
