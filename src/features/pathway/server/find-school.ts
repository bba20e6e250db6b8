import "server-only";
import { roundCodeSchema } from "@/features/advice";
import { getDb } from "@/lib/db";
import { lookUpCode, RATE_LIMITS } from "@/lib/http";

export interface PathwaySchool {
  roundCode: string;
  institutionId: string;
  name: string;
  /** ISO 3166-1 alpha-2: picks the national helplines. */
  country: string;
  /** Who students can talk to at school, as the school wrote it. */
  helpContacts: string;
}

/**
 * The school of the survey round a student came from (the survey links to the pathway with
 * ?from=<code>). Undefined for a missing, malformed or unknown code: the pathway then runs
 * without a school rather than turning a student away. No time window: a student may come
 * back to finish after the round closed. A code names a school, so a wrong one counts against
 * the `client` (a clientKey) like any round code, and over the limit this throws rate_limited.
 */
export async function findPathwaySchool(
  roundCode: string | undefined | null,
  client: string,
): Promise<PathwaySchool | undefined> {
  if (roundCode === undefined || roundCode === null) return undefined;
  return lookUpCode(RATE_LIMITS.roundCodeMisses, client, async () => {
    const parsed = roundCodeSchema.safeParse(roundCode);
    if (!parsed.success) return undefined;
    const db = await getDb();
    const round = await db.surveyRound.findUnique({
      where: { code: parsed.data },
      select: {
        code: true,
        institution: { select: { id: true, name: true, country: true, helpContacts: true } },
      },
    });
    if (!round) return undefined;
    const { id, name, country, helpContacts } = round.institution;
    return { roundCode: round.code, institutionId: id, name, country, helpContacts };
  });
}
