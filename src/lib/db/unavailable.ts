// Recognises "the database is not there right now" (stopped, restarting, unreachable, out of
// connections) in whatever shape it arrives: a driver adapter's error kind inside Prisma's
// error, a Prisma connection code, a pg error code or a socket error. Such failures are a 503
// the client may retry, not a 500.

const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const CODES = new Set([
  // Prisma: can't reach the server, timed out, connection closed, pool timeout.
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  // PostgreSQL: shutting down, crash recovery, cannot connect now, connection failures.
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  // Node sockets.
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
]);
const MESSAGES = [
  /Connection terminated/i,
  /connection (?:is )?closed/i,
  /server closed the connection/i,
];

function causesOf(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue = [error];
  while (queue.length > 0 && seen.length < 20) {
    const next = queue.shift();
    if (typeof next !== "object" || next === null || seen.includes(next)) continue;
    seen.push(next);
    const record = next as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(record.cause, record.meta?.driverAdapterError);
  }
  return seen;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some((item) => {
    const { kind, code, message } = item as { kind?: unknown; code?: unknown; message?: unknown };
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof code === "string" && CODES.has(code)) return true;
    if (typeof code === "string" && code === "P2010" && typeof message === "string") {
      return [...ADAPTER_KINDS].some((k) => message.includes(k));
    }
    return typeof message === "string" && MESSAGES.some((m) => m.test(message));
  });
}
