// Rate limits kept in the database, so they hold across every app instance: a fixed-window
// counter per key, incremented atomically with one upsert.
import { getDb } from "@/lib/db";
import { AppError } from "./errors";

export interface RateLimitRule {
  /** What is limited, e.g. "join-code" or "advice". */
  name: string;
  /** How many requests a client may make per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
  /** The window the request counted in (for releaseRateLimit). */
  windowStart: Date;
}

/** The fixed window `now` falls in, and the seconds until it ends. */
export function windowOf(rule: RateLimitRule, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
  );
  return { windowStart, retryAfterSeconds };
}

/** Counts one request of `client` against `rule`; old windows are cleaned up now and then. */
export async function hitRateLimit(
  rule: RateLimitRule,
  client: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = windowOf(rule, now);
  const key = `${rule.name}:${client}`;
  const db = await getDb();
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "rate_limits" ("key", "window_start", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "window_start") DO UPDATE SET "count" = "rate_limits"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  // About one request in a hundred sweeps windows that ended more than a day ago.
  if (Math.random() < 0.01) {
    await db.rateLimit.deleteMany({
      where: { windowStart: { lt: new Date(now.getTime() - 86_400_000) } },
    });
  }
  return {
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds,
    windowStart,
  };
}

/** Whether the client is already at the limit, without counting this request. */
export async function peekRateLimit(
  rule: RateLimitRule,
  client: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = windowOf(rule, now);
  const db = await getDb();
  const row = await db.rateLimit.findUnique({
    where: { key_windowStart: { key: `${rule.name}:${client}`, windowStart } },
    select: { count: true },
  });
  const count = row?.count ?? 0;
  return {
    allowed: count < rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds,
    windowStart,
  };
}

/** Gives back one request counted by hitRateLimit in `windowStart` (it turned out not to count). */
export async function releaseRateLimit(
  rule: RateLimitRule,
  client: string,
  windowStart: Date,
): Promise<void> {
  const key = `${rule.name}:${client}`;
  const db = await getDb();
  await db.$executeRaw`
    UPDATE "rate_limits" SET "count" = "count" - 1
     WHERE "key" = ${key} AND "window_start" = ${windowStart} AND "count" > 0`;
}

/** Throws a 429 AppError (with Retry-After) when the client is over the limit. */
export async function enforceRateLimit(rule: RateLimitRule, client: string): Promise<void> {
  const now = new Date();
  refuseKnownOverLimit(rule, client, now);
  const result = await hitRateLimit(rule, client, now);
  if (!result.allowed) throw rememberOverLimit(rule, client, now);
}

// Clients over a counted limit, until their window ends: a window's count only grows (only
// lookUpCode's budgets give places back, and they are never remembered here), so until then
// every request of theirs is refused without a database write. Per process: another instance
// learns it from the database on that client's first request there.
const overLimit = new Map<string, number>();
const MAX_REMEMBERED = 10_000;

/** Remembers that `client` is over `rule` until the window ends; returns the 429 to throw. */
export function rememberOverLimit(rule: RateLimitRule, client: string, now: Date): AppError {
  const { windowStart, retryAfterSeconds } = windowOf(rule, now);
  if (overLimit.size >= MAX_REMEMBERED) overLimit.clear();
  overLimit.set(`${rule.name}:${client}`, windowStart.getTime() + rule.windowSeconds * 1000);
  return rateLimited(retryAfterSeconds);
}

/** Throws a 429 when this client is known to be over `rule` in the current window. */
export function refuseKnownOverLimit(rule: RateLimitRule, client: string, now = new Date()): void {
  const key = `${rule.name}:${client}`;
  const until = overLimit.get(key);
  if (until === undefined) return;
  const { windowStart, retryAfterSeconds } = windowOf(rule, now);
  if (until !== windowStart.getTime() + rule.windowSeconds * 1000) {
    overLimit.delete(key);
    return;
  }
  throw rateLimited(retryAfterSeconds);
}

function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", "Too many requests. Please wait a moment and try again.", {
    retryAfterSeconds,
  });
}
