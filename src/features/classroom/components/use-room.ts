"use client";

import { useEffect, useState } from "react";
import { isNewer, type RoomState } from "../domain/room-state";

export type Connection = "connecting" | "live" | "lost";

// EventSource retries by itself after a dropped stream; after a refused one (a restart, the
// rate limit) it gives up, so the page opens a new one after this pause.
const REOPEN_MS = 5_000;

function isRoomState(data: unknown): data is RoomState {
  return (
    typeof data === "object" && data !== null && typeof (data as RoomState).version === "number"
  );
}

/**
 * The room as this phone sees it: joined once (the server counts each device once, so a reload
 * or a rejoin is safe), then followed over server-sent events. Every event is the whole state;
 * one older than what is shown (a late event across a reconnect) is ignored.
 */
export function useRoom(code: string): { state: RoomState | null; connection: Connection } {
  const [state, setState] = useState<RoomState | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");

  useEffect(() => {
    const base = `/api/v1/sessions/${encodeURIComponent(code)}`;
    let stopped = false;
    let joined = false;
    let seen = -1;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;

    const apply = (incoming: unknown) => {
      if (stopped || !isRoomState(incoming)) return;
      seen = Math.max(seen, incoming.version);
      setState((shown) => (isNewer(incoming, shown) ? incoming : shown));
      // An ended session changes no more: nothing left to follow.
      if (incoming.ended) stop();
    };

    const join = async () => {
      try {
        const response = await fetch(`${base}/join`, { method: "POST" });
        if (!response.ok) return;
        joined = true;
        apply(((await response.json()) as { state?: unknown }).state);
      } catch {
        // Offline for now: the stream's next open joins again.
      }
    };

    const open = () => {
      const query = seen >= 0 ? `?lastEventId=${seen}` : "";
      const events = new EventSource(`${base}/events${query}`);
      source = events;
      events.addEventListener("open", () => {
        setConnection("live");
        if (!joined) void join();
      });
      events.addEventListener("state", (event) => {
        try {
          apply(JSON.parse((event as MessageEvent<string>).data));
        } catch {
          // A broken event: the next one carries the whole state again.
        }
      });
      events.addEventListener("error", () => {
        if (stopped) return;
        setConnection("lost");
        if (events.readyState === EventSource.CLOSED) reopen = setTimeout(open, REOPEN_MS);
      });
    };

    function stop() {
      stopped = true;
      clearTimeout(reopen);
      source?.close();
    }

    void join();
    open();
    return stop;
  }, [code]);

  return { state, connection };
}
