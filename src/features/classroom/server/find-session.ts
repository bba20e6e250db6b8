import "server-only";
import { getDb } from "@/lib/db";
import { AppError, lookUpCode, RATE_LIMITS } from "@/lib/http";
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

/**
 * The session with a join code, as typed by a student. Wrong codes count against the client
 * (lookUpCode): once over the limit every lookup is refused, a right guess too, so guessing
 * learns nothing. Unknown codes and malformed ones are the same not-found.
 */
export async function findSessionByCode(typed: string, client: string): Promise<PublicSession> {
  const session = await lookUpCode(RATE_LIMITS.classroomCodeMisses, client, async () => {
    const code = joinCodeSchema.safeParse(typed);
    if (!code.success) return undefined;
    const db = await getDb();
    return db.classroomSession.findUnique({
      where: { joinCode: code.data },
      select: {
        id: true,
        institutionId: true,
        groupId: true,
        joinCode: true,
        storySlugs: true,
        endedAt: true,
      },
    });
  });
  if (!session) throw new AppError("not_found", "There is no classroom session with this code.");
  return session;
}
