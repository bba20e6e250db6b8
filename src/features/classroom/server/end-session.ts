import "server-only";
import { recordAudit } from "@/features/audit/server";
import { type StaffContext } from "@/features/access/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import type { RoomState } from "../domain/room-state";
import { publishRoomChange, readRoomState } from "./room";
import { runnableSessions } from "./session-scope";

/** Ends a session: phones show the closing screen, and advice is no longer taken. */
export async function endSession(ctx: StaffContext, sessionId: string): Promise<RoomState> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ended = await tx.classroomSession.updateMany({
      where: { ...runnableSessions(ctx), id: sessionId, endedAt: null },
      data: { endedAt: new Date() },
    });
    if (ended.count === 0) {
      // Already ended (a second click, the notes window): answer as the first time did.
      const exists = await tx.classroomSession.findFirst({
        where: { ...runnableSessions(ctx), id: sessionId },
        select: { id: true },
      });
      const state = exists ? await readRoomState(tx, sessionId) : null;
      if (!state) throw new AppError("not_found", "There is no such classroom session.");
      return state;
    }
    await recordAudit(tx, {
      institutionId: ctx.institutionId,
      actorId: ctx.userId,
      action: "classroom_ended",
      targetType: "ClassroomSession",
      targetId: sessionId,
    });
    return publishRoomChange(tx, sessionId);
  });
}
