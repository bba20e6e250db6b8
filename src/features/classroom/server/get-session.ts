import "server-only";
import type { StaffContext } from "@/features/access/server";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import type { RoomState } from "../domain/room-state";
import { readRoomState } from "./room";
import { runnableSessions } from "./session-scope";

export interface StaffSessionView {
  id: string;
  joinCode: string;
  groupName: string;
  locale: string;
  storySlugs: string[];
  startedAt: Date | null;
  endedAt: Date | null;
  state: RoomState;
}

/** A session the caller may run, for the projector, the notes window and the summary. */
export async function getSession(ctx: StaffContext, sessionId: string): Promise<StaffSessionView> {
  const db = await getDb();
  const session = await db.classroomSession.findFirst({
    where: { ...runnableSessions(ctx), id: sessionId },
    select: {
      id: true,
      joinCode: true,
      locale: true,
      storySlugs: true,
      startedAt: true,
      endedAt: true,
      group: { select: { name: true } },
    },
  });
  const state = session ? await readRoomState(db, session.id) : null;
  if (!session || !state) throw new AppError("not_found", "There is no such classroom session.");
  return {
    id: session.id,
    joinCode: session.joinCode,
    groupName: session.group.name,
    locale: session.locale,
    storySlugs: session.storySlugs,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    state,
  };
}
