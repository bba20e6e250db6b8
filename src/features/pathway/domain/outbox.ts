// Writing the student sends waits here, on the device, until the server has it: a phone that
// loses its connection mid-pathway sends it when back online. Every item carries its
// submissionId, so sending it again (after a timeout, from another tab) never stores it twice.

export interface OutboxItem {
  /** The submissionId, or a fixed key for items where only the latest matters (progress). */
  key: string;
  url: string;
  body: Record<string, unknown>;
  attempts: number;
  /** Milliseconds since the epoch; not before this. */
  notBefore: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Checked by hand, not with zod: this runs in the pathway's browser code, where zod would be
// the largest part of the page's JavaScript.
function asItem(value: unknown): OutboxItem | undefined {
  if (!isRecord(value)) return undefined;
  const { key, url, body, attempts, notBefore } = value;
  if (typeof key !== "string" || typeof url !== "string" || !isRecord(body)) return undefined;
  if (typeof attempts !== "number" || !Number.isInteger(attempts) || attempts < 0) return undefined;
  if (typeof notBefore !== "number" || !Number.isFinite(notBefore)) return undefined;
  return { key, url, body, attempts, notBefore };
}

/** Waits between attempts: quick at first (a blip), then at most a minute apart. */
const BACKOFF_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

export function retryDelay(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts - 1, 0), BACKOFF_MS.length - 1)]!;
}

export function restoreOutbox(stored: string | null): OutboxItem[] {
  if (!stored) return [];
  try {
    const json: unknown = JSON.parse(stored);
    if (!Array.isArray(json)) return [];
    const items = json.map(asItem);
    return items.every((item) => item !== undefined) ? (items as OutboxItem[]) : [];
  } catch {
    return [];
  }
}

/** Adds an item, replacing one with the same key (a newer progress snapshot, a resend). */
export function enqueue(
  outbox: readonly OutboxItem[],
  item: Pick<OutboxItem, "key" | "url" | "body">,
  now: number,
): OutboxItem[] {
  const existing = outbox.find((i) => i.key === item.key);
  const next = { ...item, attempts: existing?.attempts ?? 0, notBefore: now };
  return existing ? outbox.map((i) => (i.key === item.key ? next : i)) : [...outbox, next];
}

export function remove(outbox: readonly OutboxItem[], key: string): OutboxItem[] {
  return outbox.filter((i) => i.key !== key);
}

/** The items to try now, oldest first. */
export function due(outbox: readonly OutboxItem[], now: number): OutboxItem[] {
  return outbox.filter((i) => i.notBefore <= now);
}

/** The item after a failed attempt: tried again after the backoff. */
export function failed(outbox: readonly OutboxItem[], key: string, now: number): OutboxItem[] {
  return outbox.map((i) =>
    i.key === key
      ? { ...i, attempts: i.attempts + 1, notBefore: now + retryDelay(i.attempts + 1) }
      : i,
  );
}

/** Everything waiting becomes due now: the connection is back. */
export function wakeAll(outbox: readonly OutboxItem[], now: number): OutboxItem[] {
  return outbox.map((i) => ({ ...i, notBefore: Math.min(i.notBefore, now) }));
}

/** When the next item falls due, for a timer; undefined when nothing waits. */
export function nextWake(outbox: readonly OutboxItem[]): number | undefined {
  return outbox.length ? Math.min(...outbox.map((i) => i.notBefore)) : undefined;
}

export type DeliveryOutcome =
  | { kind: "delivered"; data: unknown }
  | { kind: "rejected"; status: number; problem: unknown }
  | { kind: "retry" }
  /** The server does not know the student's school: kept until the student names it. */
  | { kind: "needsSchool" };

const isSchoolUnknown = (body: unknown) =>
  typeof body === "object" &&
  body !== null &&
  (body as { code?: unknown }).code === "school_unknown";

/**
 * What an HTTP answer means for a queued item: 2xx delivered; 408, 429 and 5xx (and no answer
 * at all) worth another try; a school the server does not know yet kept until the student
 * names it (never dropped: the text is the student's); any other 4xx will never succeed, so
 * the page is told.
 */
export function classifyResponse(status: number | undefined, body: unknown): DeliveryOutcome {
  if (status === undefined) return { kind: "retry" };
  if (status >= 200 && status < 300) return { kind: "delivered", data: body };
  if (status === 409 && isSchoolUnknown(body)) return { kind: "needsSchool" };
  if (status === 408 || status === 429 || status >= 500) return { kind: "retry" };
  return { kind: "rejected", status, problem: body };
}
