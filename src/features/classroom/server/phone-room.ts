import "server-only";
import { getDb } from "@/lib/db";
import type { RoomState } from "../domain/room-state";
import type { PublicSession } from "./find-session";
import { readRoomState } from "./room";

/**
 * The room as a phone's page is first rendered: the current step is on screen at once (without
 * JavaScript too). The phone itself then joins, which is what counts it.
 */
export async function phoneRoom(session: PublicSession): Promise<RoomState> {
  return (await readRoomState(await getDb(), session.id))!;
}
