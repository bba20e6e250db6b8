import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { statusesBefore } from "../domain/flag-status";
import { advanceFlagSchema, type AdvanceFlagInput } from "../schemas";

/**
 * Moves a safeguarding flag forward (NEW -> ACKNOWLEDGED -> RESOLVED), recording who handled
 * it. A note is added to the flag's notes, never replacing an earlier one. The audit event
 * records the step, not the note: notes may say more about a student than a log should.
 */
export async function advanceFlag(ctx: StaffContext, input: AdvanceFlagInput): Promise<void> {
  authorize(ctx, "safeguarding:handle");
  const { flagId, to, note } = advanceFlagSchema.parse(input);
  const allowedFrom = statusesBefore(to);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const flag = await tx.safeguardingFlag.findFirst({
      where: { id: flagId, institutionId: ctx.institutionId },
      select: { status: true, note: true },
    });
    if (!flag) throw new AppError("not_found", "There is no such safeguarding flag.");
    if (!allowedFrom.includes(flag.status)) throw backwards();
    const notes = [flag.note, note].filter((n): n is string => Boolean(n && n.trim()));
    const updated = await tx.safeguardingFlag.updateMany({
      // The status is checked again in the update: of two people at once, one moves it.
      where: { id: flagId, institutionId: ctx.institutionId, status: { in: allowedFrom } },
      data: { status: to, handledById: ctx.userId, note: notes.length ? notes.join("\n\n") : null },
    });
    if (updated.count !== 1) throw backwards();
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: to === "RESOLVED" ? "safeguarding_flag_resolved" : "safeguarding_flag_acknowledged",
      targetType: "safeguarding_flag",
      targetId: flagId,
      details: { from: flag.status, to },
    });
  });
}

function backwards(): AppError {
  return new AppError(
    "conflict",
    "A safeguarding flag only moves forward, and this one already has.",
  );
}
