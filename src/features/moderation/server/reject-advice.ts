import "server-only";
import { getDb } from "@/lib/db";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { rejectAdviceSchema, type RejectAdviceInput } from "../schemas";
import { adviceNotFound, alreadyModerated, moderatable } from "./moderation-scope";

/** Rejects advice: it is kept (for the audit trail) but never shown to anyone. */
export async function rejectAdvice(
  ctx: StaffContext,
  input: RejectAdviceInput,
  now: Date = new Date(),
): Promise<void> {
  authorize(ctx, "advice:moderate");
  const { adviceId } = rejectAdviceSchema.parse(input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const advice = await tx.advice.findFirst({
      where: { id: adviceId, institutionId: ctx.institutionId },
      select: { status: true, flagged: true, consentToShare: true },
    });
    if (!advice || advice.flagged || !advice.consentToShare) throw adviceNotFound();
    const updated = await tx.advice.updateMany({
      where: moderatable(ctx.institutionId, adviceId),
      data: { status: "REJECTED", moderatedById: ctx.userId, moderatedAt: now },
    });
    if (updated.count !== 1) throw alreadyModerated();
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "advice_rejected",
      targetType: "advice",
      targetId: adviceId,
    });
  });
}
