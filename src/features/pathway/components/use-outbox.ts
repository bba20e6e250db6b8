"use client";

import { useEffect, useSyncExternalStore } from "react";
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
  if (outcome.kind === "retry" || outcome.kind === "needsSchool") {
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
  /** The server needs the student's school before it can store what waits. */
  onNeedsSchool: () => void;
}

// One outbox per page: whoever rendered useOutbox last hears what happens to queued items.
let handlers: OutboxHandlers | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let flushing = false;

/** Tries everything that is due, oldest first, until one fails; then waits for the next try. */
async function flush(): Promise<void> {
  if (flushing) return;
  flushing = true;
  clearTimeout(timer);
  try {
    for (const item of due(outbox.get(), Date.now())) {
      const outcome = await attempt(item);
      if (outcome.kind === "delivered") handlers?.onDelivered(item, outcome.data);
      else if (outcome.kind === "rejected") handlers?.onRejected(item, outcome.problem);
      else {
        if (outcome.kind === "needsSchool") handlers?.onNeedsSchool();
        // Still offline, the server is struggling, or no school yet: wait for the next wake-up.
        break;
      }
    }
  } finally {
    flushing = false;
    const wake = nextWake(outbox.get());
    if (wake !== undefined)
      timer = setTimeout(() => void flush(), Math.max(wake - Date.now(), 500));
  }
}

/** Queues an item and tries it at once; the outcome says whether it arrived. */
async function send(item: Pick<OutboxItem, "key" | "url" | "body">): Promise<DeliveryOutcome> {
  outbox.set(enqueue(outbox.get(), item, Date.now()));
  const queued = outbox.get().find((i) => i.key === item.key);
  const outcome = queued ? await attempt(queued) : ({ kind: "retry" } as const);
  if (outcome.kind === "needsSchool") handlers?.onNeedsSchool();
  else if (outcome.kind === "retry") void flush();
  return outcome;
}

function online() {
  outbox.set(wakeAll(outbox.get(), Date.now()));
  void flush();
}

/**
 * Sends the pathway's writing and progress, and keeps what could not be sent on the device:
 * it is tried again with a growing pause, at once when the browser comes back online, and
 * when the page is opened again. Every item is idempotent on the server (its submissionId).
 */
export function useOutbox(current: OutboxHandlers) {
  useEffect(() => {
    handlers = current;
  });
  useEffect(() => {
    window.addEventListener("online", online);
    void flush();
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(timer);
    };
  }, []);
  // Waiting means tried and failed at least once, not merely on its way.
  const pending =
    outbox.useValue()?.filter((i) => i.key !== PROGRESS_KEY && i.attempts > 0).length ?? 0;
  const isOnline = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  return { send, resend: online, pending, online: isOnline };
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
