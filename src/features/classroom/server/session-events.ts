import "server-only";
import { getDb } from "@/lib/db";
import {
  lastEventIdOf,
  SSE_HEADERS,
  SSE_HEARTBEAT,
  sseEvent,
  sseRetry,
  subscribe,
  type LiveSignal,
} from "@/lib/events";
import type { RoomState } from "../domain/room-state";
import type { PublicSession } from "./find-session";
import { readRoomState, roomTopic } from "./room";

const HEARTBEAT_MS = 15_000;
const RECONNECT_MS = 2_000;

function isRoomState(data: unknown): data is RoomState {
  return (
    typeof data === "object" && data !== null && typeof (data as RoomState).version === "number"
  );
}

/**
 * GET /api/v1/sessions/{code}/events: the room's state as server-sent events, one event
 * ("state") per change, its id the state's version. A client that reconnects with
 * Last-Event-ID gets the current state only if it is newer than what it saw; every event is a
 * whole state, so nothing in between is needed. The stream subscribes before it reads, so no
 * change between the two is lost.
 */
export async function sessionEvents(request: Request, session: PublicSession): Promise<Response> {
  const seen = lastEventIdOf(
    request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId"),
  );
  const encoder = new TextEncoder();
  let lastSent = seen ?? -1;
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (state: RoomState) => {
        if (state.version <= lastSent) return;
        lastSent = state.version;
        write(sseEvent({ id: state.version, event: "state", data: state }));
      };
      const resend = async () => {
        const state = await readRoomState(await getDb(), session.id).catch(() => null);
        if (state) send(state);
      };
      const onSignal = (signal: LiveSignal) => {
        if (signal.kind === "resync") void resend();
        else if (isRoomState(signal.data)) send(signal.data);
      };
      const heartbeat = setInterval(() => write(SSE_HEARTBEAT), HEARTBEAT_MS);
      let unsubscribe: () => void = () => {};
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      cleanup = close;
      request.signal.addEventListener("abort", close);

      write(sseRetry(RECONNECT_MS));
      try {
        unsubscribe = await subscribe(roomTopic(session.id), onSignal);
      } catch {
        // No live connection now: the client reconnects after `retry` and tries again.
        close();
        return;
      }
      if (!open) unsubscribe();
      await resend();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
