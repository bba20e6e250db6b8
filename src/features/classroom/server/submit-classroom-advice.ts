import "server-only";
import { storeAdvice } from "@/features/advice/server";
import type { WritingReceipt } from "@/features/advice";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/http";
import type { ClassroomAdviceInput } from "../schemas";
import type { PublicSession } from "./find-session";
import { publishRoomChange } from "./room";

/**
 * Stores a student's advice from a session like pathway advice (anonymised, PENDING), with the
 * session and group, and tells the room one more piece was written. After the end: 409, and the
 * phone keeps the text. A repeated submit stores nothing new and is not counted twice.
 */
export async function submitClassroomAdvice(
  session: PublicSession,
  input: ClassroomAdviceInput,
): Promise<WritingReceipt & { created: boolean }> {
  const db = await getDb();
  const live = await db.classroomSession.findUnique({
    where: { id: session.id },
    select: { endedAt: true },
  });
  if (!live || live.endedAt) {
    // A retry of advice stored before the end still gets its receipt.
    const stored = await db.advice.findUnique({
      where: { submissionId: input.submissionId },
      select: { flagged: true, classroomSessionId: true },
    });
    if (stored?.classroomSessionId === session.id) {
      return { submissionId: input.submissionId, support: stored.flagged, created: false };
    }
    throw new AppError("session_ended", "This session has ended; the advice was not saved.");
  }
  const receipt = await storeAdvice(input, {
    source: "CLASSROOM",
    institutionId: session.institutionId,
    groupId: session.groupId,
    classroomSessionId: session.id,
  });
  if (receipt.created) {
    await db.$transaction((tx) => publishRoomChange(tx, session.id));
  }
  return receipt;
}
