// A public write's rate limits, checked inside the write's own SQL statement: the request is
// counted and, when a round code was resolved from memory, the client's wrong-code budget is
// read, in the same round trip and commit as the insert. The counts stay in `rate_limits`, so
// the limits hold across every app instance exactly as enforceRateLimit and lookUpCode do.
import { Prisma } from "@/generated/prisma/client";
import { tooManyWrongCodes } from "./code-guard";
import {
  enforceRateLimit,
  peekRateLimit,
  rememberOverLimit,
  windowOf,
  type RateLimitRule,
} from "./rate-limit";

export interface WriteGate {
  /** Counted: this request takes a place in the client's budget, stored or not. */
  counted: RateLimitRule;
  /**
   * Read only: the client's wrong codes (code-guard.ts). Set when the code was resolved
   * without lookUpCode (from memory): over the budget, a right code is refused too.
   */
  codeMisses?: RateLimitRule;
  client: string;
  now: Date;
}

/** What the gate's row says (selected as `counted` and `misses`). */
export interface GateRow {
  counted: number | bigint;
  misses: number | bigint;
}

/**
 * CTEs `gate_hit` and `gate` (columns counted, misses, passed) for the start of a WITH. A write
 * inserts only `FROM gate WHERE passed`. Without a gate (a caller that checked the limits
 * itself), `gate` passes and counts nothing.
 */
export function gateSql(gate: WriteGate | undefined): Prisma.Sql {
  if (!gate) {
    return Prisma.sql`gate AS (SELECT 0 AS counted, 0 AS misses, true AS passed)`;
  }
  const counted = windowOf(gate.counted, gate.now);
  const countedKey = `${gate.counted.name}:${gate.client}`;
  const misses = gate.codeMisses
    ? Prisma.sql`COALESCE((SELECT count FROM rate_limits
         WHERE key = ${`${gate.codeMisses.name}:${gate.client}`}
           AND window_start = ${windowOf(gate.codeMisses, gate.now).windowStart})::int, 0)`
    : Prisma.sql`0`;
  const missLimit = gate.codeMisses?.limit ?? 1;
  return Prisma.sql`gate_hit AS (
      INSERT INTO rate_limits (key, window_start, count)
      VALUES (${countedKey}, ${counted.windowStart}, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
      RETURNING count
    ), gate AS (
      SELECT counted, misses, (counted <= ${gate.counted.limit} AND misses < ${missLimit}) AS passed
        FROM (SELECT gate_hit.count AS counted, ${misses} AS misses FROM gate_hit) AS g
    )`;
}

/** Throws the 429 the gate's row calls for, if any (and remembers an over-limit client). */
export function checkGate(gate: WriteGate | undefined, row: GateRow): void {
  if (!gate) return;
  if (Number(row.counted) > gate.counted.limit) {
    throw rememberOverLimit(gate.counted, gate.client, gate.now);
  }
  if (gate.codeMisses && Number(row.misses) >= gate.codeMisses.limit) {
    throw tooManyWrongCodes(windowOf(gate.codeMisses, gate.now).retryAfterSeconds);
  }
}

/**
 * The gate's checks for a request that ends without the write's statement (refused input, a
 * closed round, a write that needs a transaction of its own): the request counts, and a code
 * taken from memory is refused once the client is over its wrong-code budget (else the answer
 * would tell a right guess apart).
 */
export async function passGateApart(gate: WriteGate | undefined): Promise<void> {
  if (!gate) return;
  await enforceRateLimit(gate.counted, gate.client);
  if (!gate.codeMisses) return;
  const misses = await peekRateLimit(gate.codeMisses, gate.client, gate.now);
  if (!misses.allowed) throw tooManyWrongCodes(misses.retryAfterSeconds);
}
