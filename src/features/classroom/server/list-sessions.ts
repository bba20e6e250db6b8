import "server-only";
import type { StaffContext } from "@/features/access/server";
import { getDb } from "@/lib/db";
import { runnableSessions } from "./session-scope";

export interface SessionHistoryRow {
  id: string;
  groupId: string;
  groupName: string;
  startedAt: Date | null;
  endedAt: Date | null;
  joined: number;
  advice: number;
}

/** At most this many sessions are listed, the latest first. */
export const SESSION_HISTORY_LIMIT = 100;

/**
 * The sessions the caller may run, latest first, with how many phones joined and how much
 * advice was written: the history of each group. Counts are the teacher's own class's, seen in
 * the room anyway; results by group stay on the coordinators' pages, with their thresholds.
 */
export async function listSessions(
  ctx: StaffContext,
  { groupId }: { groupId?: string } = {},
): Promise<SessionHistoryRow[]> {
  const db = await getDb();
  const rows = await db.classroomSession.findMany({
    where: { ...runnableSessions(ctx), ...(groupId ? { groupId } : {}) },
    select: {
      id: true,
      groupId: true,
      startedAt: true,
      endedAt: true,
      group: { select: { name: true } },
      _count: { select: { joins: true, advice: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: SESSION_HISTORY_LIMIT,
  });
  return rows.map((r) => ({
    id: r.id,
    groupId: r.groupId,
    groupName: r.group.name,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    joined: r._count.joins,
    advice: r._count.advice,
  }));
}
