// Server-sent events on the wire (the EventSource format of the HTML standard). Pure.

/** One event: `id` lets a reconnecting client say where it was (Last-Event-ID). */
export function sseEvent(event: { id?: number | string; event?: string; data: unknown }): string {
  const lines: string[] = [];
  if (event.id !== undefined) lines.push(`id: ${String(event.id).replace(/[\r\n]/g, "")}`);
  if (event.event) lines.push(`event: ${event.event.replace(/[\r\n]/g, "")}`);
  // JSON has no raw newlines, so the data is one line.
  lines.push(`data: ${JSON.stringify(event.data)}`);
  return `${lines.join("\n")}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream. */
export const SSE_HEARTBEAT = ": keep-alive\n\n";

/** How long a client waits before reconnecting (ms). */
export function sseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.trunc(ms))}\n\n`;
}

/** The last event id a client saw, as a non-negative whole number; anything else: none. */
export function lastEventIdOf(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform: a compressing proxy (or Next's own compression) must not buffer the stream.
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  // nginx: pass each event on at once instead of buffering the response.
  "x-accel-buffering": "no",
} as const;
