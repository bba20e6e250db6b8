import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { participantIdsOfDevice } from "@/lib/participant";
import type { ForgetDeviceResult } from "../schemas";

const NOTHING: ForgetDeviceResult = {
  forgotten: true,
  responsesDeleted: 0,
  responsesUnlinked: 0,
  reflectionsDeleted: 0,
  participantsDeleted: 0,
};

/** A pseudonymous id of the same shape as a device's, derived from no device at all. */
function unlinkedParticipantId(): string {
  return `p_${randomBytes(24).toString("base64url")}`;
}

/**
 * Deletes everything stored under a device key: its participant in every institution (and
 * outside any), and with them (ON DELETE CASCADE) their answers to open rounds, reflections,
 * pathway progress and classroom joins. Advice was never linked to a participant and stays.
 *
 * Answers to CLOSED rounds are kept, moved to a new participant that no device can derive:
 * staff have already seen those rounds' figures, and a figure that drops by one after a
 * student leaves would tell them, by subtraction, what that student answered (the anonymity
 * promise in docs/anonymity.md). Kept together under one new id, a baseline and its
 * follow-up still pair up, so the published changes stay as they were too. Nothing links
 * them to this device or its cookie any more. Running it twice changes nothing more.
 */
export async function forgetDevice(
  deviceKey: string | undefined,
  now: Date = new Date(),
): Promise<ForgetDeviceResult> {
  if (!deviceKey) return NOTHING;
  const db = await getDb();
  const institutions = await db.institution.findMany({ select: { id: true } });
  const candidates = participantIdsOfDevice(
    deviceKey,
    institutions.map((i) => i.id),
  );
  return db.$transaction(async (tx) => {
    const participants = await tx.participant.findMany({
      where: { id: { in: candidates } },
      select: { id: true, institutionId: true, createdAt: true },
    });
    if (participants.length === 0) return NOTHING;
    const ids = participants.map((p) => p.id);
    let responsesUnlinked = 0;
    for (const participant of participants) {
      const closed = await tx.surveyResponse.findMany({
        where: { participantId: participant.id, round: { closesAt: { lte: now } } },
        select: { id: true },
      });
      if (closed.length === 0) continue;
      const keeper = await tx.participant.create({
        data: {
          id: unlinkedParticipantId(),
          institutionId: participant.institutionId,
          createdAt: participant.createdAt,
        },
        select: { id: true },
      });
      const moved = await tx.surveyResponse.updateMany({
        where: { id: { in: closed.map((r) => r.id) } },
        data: { participantId: keeper.id },
      });
      responsesUnlinked += moved.count;
    }
    const responsesDeleted = await tx.surveyResponse.count({
      where: { participantId: { in: ids } },
    });
    const reflectionsDeleted = await tx.reflection.count({
      where: { participantId: { in: ids } },
    });
    const deleted = await tx.participant.deleteMany({ where: { id: { in: ids } } });
    return {
      forgotten: true,
      responsesDeleted,
      responsesUnlinked,
      reflectionsDeleted,
      participantsDeleted: deleted.count,
    };
  });
}
