"use client";

import { useCallback, useEffect, useState } from "react";
import { isNewer, parseRoomState, type RoomState } from "../domain/room-state";

const REOPEN_MS = 5_000;

/**
 * The room's live state: starts from the state the page was rendered with and follows the
 * session's event stream. EventSource reconnects by itself and sends Last-Event-ID, so after a
 * drop only a newer state arrives; an older one (events cross on reconnects) is ignored.
 */
export function useRoom(code: string, initial: RoomState) {
  const [state, setState] = useState(initial);
  const [connected, setConnected] = useState(true);
  const apply = useCallback((incoming: unknown) => {
    const next = parseRoomState(incoming);
    if (next) setState((shown) => (isNewer(next, shown) ? next : shown));
  }, []);

  useEffect(() => {
    let source: EventSource;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      source = new EventSource(`/api/v1/sessions/${encodeURIComponent(code)}/events`);
      source.addEventListener("state", (event) => {
        setConnected(true);
        try {
          apply(JSON.parse((event as MessageEvent<string>).data));
        } catch {
          // not JSON: ignored like any event that is not a state
        }
      });
      source.onopen = () => setConnected(true);
      source.onerror = () => {
        setConnected(source.readyState === EventSource.OPEN);
        // A refused stream (an instance restarting behind a proxy, the rate limit) is not
        // retried by EventSource itself: open a new one after a pause.
        if (source.readyState === EventSource.CLOSED) reopen = setTimeout(open, REOPEN_MS);
      };
    };
    open();
    return () => {
      clearTimeout(reopen);
      source.close();
    };
  }, [code, apply]);

  return { state, connected, apply };
}

/** Sends a teacher's command (a step, the end) and applies the state it answers with. */
export async function sendRoomCommand(
  sessionId: string,
  command: "step" | "end",
  body: unknown,
  apply: (state: unknown) => void,
): Promise<boolean> {
  try {
    const response = await fetch(
      `/api/v1/staff/sessions/${encodeURIComponent(sessionId)}/${command}`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      },
    );
    if (!response.ok) return false;
    apply(((await response.json()) as { state?: unknown }).state);
    return true;
  } catch {
    return false;
  }
}
