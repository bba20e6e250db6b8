import "server-only";
import type { StaffContext } from "@/features/access/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import { targetStep, type RoomState, type StepMove } from "../domain/room-state";
import { publishRoomChange, readRoomState } from "./room";
import { runnableSessions } from "./session-scope";

/**
 * Moves a running session to another step; every screen in the room follows. A move that
 * changes nothing (next on the last step) answers the current state without a new event.
 */
export async function moveStep(
  ctx: StaffContext,
  sessionId: string,
  move: StepMove,
): Promise<RoomState> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // FOR UPDATE: two clicks at once move two steps, not one step twice.
    const rows = await tx.classroomSession.findFirst({
      where: { ...runnableSessions(ctx), id: sessionId },
      select: { id: true, currentStep: true, endedAt: true },
    });
    if (!rows) throw new AppError("not_found", "There is no such classroom session.");
    if (rows.endedAt) throw new AppError("session_ended", "This session has ended.");
    const [locked] = await tx.$queryRaw<{ step: number }[]>`
      SELECT current_step AS "step" FROM classroom_sessions WHERE id = ${sessionId} FOR UPDATE`;
    const current = locked?.step ?? rows.currentStep;
    const step = targetStep(current, move);
    if (step === current) {
      const state = await readRoomState(tx, sessionId);
      if (!state) throw new AppError("not_found", "There is no such classroom session.");
      return state;
    }
    await tx.classroomSession.update({
      where: { id: sessionId },
      data: { currentStep: step, stepStartedAt: new Date() },
    });
    return publishRoomChange(tx, sessionId);
  });
}
