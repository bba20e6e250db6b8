// Live updates across app instances through PostgreSQL LISTEN/NOTIFY (PGlite has the same, in
// process). One listening connection per process carries every topic; the hub hands each
// payload to the topic's subscribers. When that connection breaks (PostgreSQL restarts), the
// hub reconnects with a growing pause and tells every subscriber to re-read what it shows,
// because notifications sent while nobody listened are gone.
import { dbHandle, getDb } from "@/lib/db";

export const EVENTS_CHANNEL = "belong_events";

/** What a subscriber gets: a message published on its topic, or "read the state again". */
export type LiveSignal = { kind: "message"; data: unknown } | { kind: "resync" };
type Subscriber = (signal: LiveSignal) => void;

interface Hub {
  topics: Map<string, Set<Subscriber>>;
  listening?: Promise<void>;
  retryMs: number;
}

const store = globalThis as unknown as { belongEvents?: Hub };
const hub = (): Hub => (store.belongEvents ??= { topics: new Map(), retryMs: 500 });

const MAX_RETRY_MS = 10_000;

function deliver(payload: string): void {
  let parsed: { topic?: unknown; data?: unknown };
  try {
    parsed = JSON.parse(payload) as typeof parsed;
  } catch {
    return; // not ours
  }
  if (typeof parsed.topic !== "string") return;
  for (const subscriber of hub().topics.get(parsed.topic) ?? []) {
    subscriber({ kind: "message", data: parsed.data });
  }
}

function everyone(signal: LiveSignal): void {
  for (const subscribers of hub().topics.values()) for (const s of subscribers) s(signal);
}

function listen(): Promise<void> {
  const h = hub();
  h.listening ??= (async () => {
    const handle = await dbHandle();
    await handle.listen(EVENTS_CHANNEL, {
      onNotify: deliver,
      onLost: () => reconnect(),
    });
    h.retryMs = 500;
  })().catch((error: unknown) => {
    reconnect();
    throw error;
  });
  return h.listening;
}

function reconnect(): void {
  const h = hub();
  h.listening = undefined;
  if (h.topics.size === 0) return; // the next subscriber listens again
  const wait = h.retryMs;
  h.retryMs = Math.min(MAX_RETRY_MS, h.retryMs * 2);
  setTimeout(() => {
    listen().then(
      () => everyone({ kind: "resync" }),
      () => undefined, // listen() has scheduled the next try
    );
  }, wait).unref?.();
}

/**
 * Calls `subscriber` for each message published on `topic`, in any instance, from when the
 * returned promise resolves. The returned function unsubscribes.
 */
export async function subscribe(topic: string, subscriber: Subscriber): Promise<() => void> {
  const h = hub();
  let set = h.topics.get(topic);
  if (!set) h.topics.set(topic, (set = new Set()));
  set.add(subscriber);
  const unsubscribe = () => {
    set.delete(subscriber);
    if (set.size === 0 && h.topics.get(topic) === set) h.topics.delete(topic);
  };
  try {
    await listen();
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return unsubscribe;
}

/** Structural type of a Prisma client or transaction: publishing inside a transaction sends at commit. */
interface Executor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

/** Sends `data` to the subscribers of `topic` in every instance (NOTIFY payloads stay small). */
export async function publish(topic: string, data: unknown, tx?: Executor): Promise<void> {
  const db: Executor = tx ?? (await getDb());
  await db.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ topic, data })})`;
}
