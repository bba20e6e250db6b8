import "server-only";
import { authorize, type StaffContext } from "@/features/access/server";
import { recordAudit } from "@/features/audit/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import { forgetRound } from "./round-cache";
import { closeRoundInputSchema, type CloseRoundInput } from "../schemas";

/**
 * "Close now": an open round of the caller's institution stops taking answers at `now`.
 * A round that is not open (or another school's) is not found, so a second click or a stale
 * page changes nothing.
 */
export async function closeRound(
  ctx: StaffContext,
  input: CloseRoundInput,
  now: Date = new Date(),
): Promise<void> {
  authorize(ctx, "rounds:manage");
  const { roundId } = closeRoundInputSchema.parse(input);
  const db = await getDb();
  const code = await db.$transaction(async (tx) => {
    // Returns the closed round's name and code, so the log says which round without a lookup.
    const [round] = await tx.surveyRound.updateManyAndReturn({
      where: {
        id: roundId,
        institutionId: ctx.institutionId,
        opensAt: { lte: now },
        closesAt: { gt: now },
      },
      data: { closesAt: now },
      select: { code: true, name: true },
    });
    if (!round) throw new AppError("not_found", "There is no open round like this.");
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "round_closed",
      targetType: "round",
      targetId: roundId,
      details: { code: round.code, name: round.name },
    });
    return round.code;
  });
  // This instance answers no more from its memory of the round (others check in the write).
  forgetRound(code);
}
