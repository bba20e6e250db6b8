import "server-only";
import { getDb } from "@/lib/db";
import { AppError, hitRateLimit, peekRateLimit, RATE_LIMITS } from "@/lib/http";
import { joinCodeSchema } from "../schemas";

/** What the student side knows of a session: never the school's or the group's name. */
export interface PublicSession {
  id: string;
  institutionId: string;
  groupId: string;
  joinCode: string;
  storySlugs: string[];
  endedAt: Date | null;
}

const RULE = RATE_LIMITS.classroomCodeMisses;

function tooManyMisses(retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", "Too many wrong codes. Please wait a moment.", {
    retryAfterSeconds,
  });
}

/**
 * The session with a join code, as typed by a student. Wrong codes count against the client
 * (a keyed hash of its address): once over the limit every lookup is refused, a right guess
 * too, so guessing learns nothing. Unknown codes and malformed ones are the same not-found.
 */
export async function findSessionByCode(typed: string, client: string): Promise<PublicSession> {
  const over = await peekRateLimit(RULE, client);
  if (!over.allowed) throw tooManyMisses(over.retryAfterSeconds);
  const code = joinCodeSchema.safeParse(typed);
  const db = await getDb();
  const session = code.success
    ? await db.classroomSession.findUnique({
        where: { joinCode: code.data },
        select: {
          id: true,
          institutionId: true,
          groupId: true,
          joinCode: true,
          storySlugs: true,
          endedAt: true,
        },
      })
    : null;
  if (!session) {
    await hitRateLimit(RULE, client);
    throw new AppError("not_found", "There is no classroom session with this code.");
  }
  return session;
}
