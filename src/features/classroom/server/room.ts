// The room's live state: read from the database, and after every change the version grows and
// the new state is published to every instance (NOTIFY inside the transaction: sent at commit).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { publish } from "@/lib/events";
import type { RoomState } from "../domain/room-state";

type Reader = Db | Prisma.TransactionClient;

export const roomTopic = (sessionId: string) => `classroom:${sessionId}`;

/** The state of a session, or null when there is none with this id. */
export async function readRoomState(db: Reader, sessionId: string): Promise<RoomState | null> {
  const rows = await db.$queryRaw<
    {
      version: number;
      step: number;
      stepStartedAt: Date | null;
      ended: boolean;
      joined: number;
      advice: number;
    }[]
  >`
    SELECT cs.version AS "version", cs.current_step AS "step",
           cs.step_started_at AS "stepStartedAt", (cs.ended_at IS NOT NULL) AS "ended",
           (SELECT COUNT(*)::int FROM classroom_joins j WHERE j.session_id = cs.id) AS "joined",
           (SELECT COUNT(*)::int FROM advice a WHERE a.classroom_session_id = cs.id) AS "advice"
    FROM classroom_sessions cs WHERE cs.id = ${sessionId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    version: row.version,
    step: row.step,
    stepStartedAt: row.stepStartedAt ? row.stepStartedAt.toISOString() : null,
    joined: row.joined,
    advice: row.advice,
    ended: row.ended,
  };
}

/**
 * Marks a change of the room inside `tx`: the version grows (the row lock also puts concurrent
 * changes in order, so each later state counts everything before it), and the new state goes
 * out to every instance when `tx` commits.
 */
export async function publishRoomChange(
  tx: Prisma.TransactionClient,
  sessionId: string,
): Promise<RoomState> {
  await tx.$executeRaw`UPDATE classroom_sessions SET version = version + 1 WHERE id = ${sessionId}`;
  const state = await readRoomState(tx, sessionId);
  if (!state) throw new Error(`classroom session ${sessionId} vanished inside its transaction`);
  await publish(roomTopic(sessionId), state, tx);
  return state;
}
