"use client";

import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import {
  classifyResponse,
  due,
  enqueue,
  failed,
  nextWake,
  remove,
  restoreOutbox,
  wakeAll,
  type DeliveryOutcome,
  type OutboxItem,
} from "../domain/outbox";
import { createDeviceStore } from "./use-device-store";

const outbox = createDeviceStore<OutboxItem[]>("belong.outbox", restoreOutbox);
const REQUEST_TIMEOUT_MS = 15_000;

async function post(item: OutboxItem): Promise<DeliveryOutcome> {
  if (navigator.onLine === false) return { kind: "retry" };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(item.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(item.body),
      signal: controller.signal,
    });
    const body: unknown = await response.json().catch(() => null);
    return classifyResponse(response.status, body);
  } catch {
    return classifyResponse(undefined, null);
  } finally {
    clearTimeout(timer);
  }
}

/** Tries one item once and updates the outbox with the result. */
async function attempt(item: OutboxItem): Promise<DeliveryOutcome> {
  const outcome = await post(item);
  if (outcome.kind === "retry") {
    outbox.set(failed(outbox.get(), item.key, Date.now()));
  } else {
    // A newer item under the same key (a later progress snapshot) stays to be sent.
    const stored = outbox.get().find((i) => i.key === item.key);
    if (stored && JSON.stringify(stored.body) === JSON.stringify(item.body)) {
      outbox.set(remove(outbox.get(), item.key));
    }
  }
  return outcome;
}

export interface OutboxHandlers {
  /** A queued item reached the server later (after a lost connection). */
  onDelivered: (item: OutboxItem, data: unknown) => void;
  /** The server refused a queued item for good. */
  onRejected: (item: OutboxItem, problem: unknown) => void;
}

/**
 * Sends the pathway's writing and progress, and keeps what could not be sent on the device:
 * it is tried again with a growing pause, at once when the browser comes back online, and
 * when the page is opened again. Every item is idempotent on the server (its submissionId).
 */
export function useOutbox(handlers: OutboxHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flushing = useRef(false);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    clearTimeout(timer.current);
    try {
      for (const item of due(outbox.get(), Date.now())) {
        const outcome = await attempt(item);
        if (outcome.kind === "delivered") latest.current.onDelivered(item, outcome.data);
        else if (outcome.kind === "rejected") latest.current.onRejected(item, outcome.problem);
        // Still offline or the server is struggling: wait for the next wake-up.
        else break;
      }
    } finally {
      flushing.current = false;
      const wake = nextWake(outbox.get());
      if (wake !== undefined) {
        timer.current = setTimeout(() => void flush(), Math.max(wake - Date.now(), 500));
      }
    }
  }, []);

  useEffect(() => {
    const online = () => {
      outbox.set(wakeAll(outbox.get(), Date.now()));
      void flush();
    };
    window.addEventListener("online", online);
    void flush();
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(timer.current);
    };
  }, [flush]);

  /** Queues an item and tries it at once; the outcome says whether it arrived. */
  const send = useCallback(
    async (item: Pick<OutboxItem, "key" | "url" | "body">): Promise<DeliveryOutcome> => {
      outbox.set(enqueue(outbox.get(), item, Date.now()));
      const queued = outbox.get().find((i) => i.key === item.key);
      const outcome = queued ? await attempt(queued) : ({ kind: "retry" } as const);
      if (outcome.kind === "retry") void flush();
      return outcome;
    },
    [flush],
  );

  const pending = outbox.useValue()?.filter((i) => i.key !== PROGRESS_KEY).length ?? 0;
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  return { send, pending, online };
}

export const PROGRESS_KEY = "progress";

function subscribeOnline(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}
