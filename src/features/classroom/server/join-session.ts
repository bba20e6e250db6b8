import "server-only";
import { getDb } from "@/lib/db";
import { participantIdForDevice, studentPreviewSchool } from "@/lib/participant";
import type { RoomState } from "../domain/room-state";
import { publishRoomChange, readRoomState } from "./room";
import type { PublicSession } from "./find-session";

/**
 * Counts this phone into a session (once per device, however often it reloads or rejoins) and
 * answers the room's state, so the phone lands on the current step. An ended session is not
 * joined: the phone shows the closing screen.
 */
export async function joinSession(session: PublicSession): Promise<RoomState> {
  const db = await getDb();
  // Ended, or a staff member trying the phone as a student: the room, never a join counted.
  if (session.endedAt || (await studentPreviewSchool())) {
    return (await readRoomState(db, session.id))!;
  }
  const participantId = await participantIdForDevice(session.institutionId);
  return db.$transaction(async (tx) => {
    await tx.participant.createMany({
      data: [{ id: participantId, institutionId: session.institutionId }],
      skipDuplicates: true,
    });
    const joined = await tx.classroomJoin.createMany({
      data: [{ sessionId: session.id, participantId }],
      skipDuplicates: true,
    });
    if (joined.count === 0) return (await readRoomState(tx, session.id))!;
    return publishRoomChange(tx, session.id);
  });
}
