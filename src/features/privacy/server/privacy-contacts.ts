import "server-only";
import { roundCodeSchema } from "@/features/advice";
import { getDb } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db";
import { logger } from "@/lib/log";
import { participantIdsOfDevice } from "@/lib/participant";
import type { PrivacySchool } from "../schemas";

const schoolFields = { name: true, dataProtectionContact: true, minGroupSize: true } as const;

/**
 * The schools a student's privacy page should name: the school of the survey round they came
 * from (`?from=<code>`), else the schools where this device has answered or written
 * something. Empty when neither is known: the page then says to ask the school.
 */
export async function findPrivacySchools(from: {
  roundCode?: string | null;
  deviceKey?: string;
}): Promise<PrivacySchool[]> {
  try {
    return await lookUpSchools(from);
  } catch (error) {
    // The notice itself must still show: without the database, it says to ask the school.
    if (!isDatabaseUnavailable(error)) throw error;
    logger().warn({ err: error }, "privacy page without school contacts");
    return [];
  }
}

async function lookUpSchools({
  roundCode,
  deviceKey,
}: {
  roundCode?: string | null;
  deviceKey?: string;
}): Promise<PrivacySchool[]> {
  const db = await getDb();
  const code = roundCodeSchema.safeParse(roundCode);
  if (code.success) {
    const round = await db.surveyRound.findUnique({
      where: { code: code.data },
      select: { institution: { select: schoolFields } },
    });
    if (round) return [round.institution];
  }
  if (!deviceKey) return [];
  const institutions = await db.institution.findMany({ select: { id: true } });
  const ids = participantIdsOfDevice(
    deviceKey,
    institutions.map((i) => i.id),
  );
  const participants = await db.participant.findMany({
    where: { id: { in: ids }, institutionId: { not: null } },
    select: { institution: { select: schoolFields } },
  });
  return participants
    .flatMap((p) => (p.institution ? [p.institution] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
}
