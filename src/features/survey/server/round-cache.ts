import "server-only";
import { lookUpCode, lookUpCodeForView, RATE_LIMITS } from "@/lib/http";
import { normaliseRoundCode } from "../domain/round-code";
import { findRoundByCode, type RoundByCode } from "./find-round";

// Rounds by code, kept in memory for a few seconds: a year group submits to the same round
// within minutes, and reading the round (with its school and groups) for every answer was a
// round trip per request. Nothing the cache holds decides alone: a write checks in its own SQL
// that the round is still open and the group still in it (insert-response.ts). What may be up
// to TTL_MS old on another instance: the school's pathway threshold (scoring) and a round's
// name. This process forgets a round at once when it closes it (forgetRound). The map lives on
// globalThis: Next bundles route handlers apart from pages and their server actions, each with
// its own copy of this module, and a round closed by a coordinator's action must be forgotten
// by the round page's endpoint too.
const TTL_MS = 10_000;
const MAX_ROUNDS = 1_000;
const store = globalThis as unknown as {
  belongRoundsByCode?: Map<string, { round: RoundByCode; until: number }>;
};
const rounds = (store.belongRoundsByCode ??= new Map());

/** The round of a right code from memory, or undefined (unknown here, or too old). */
export function rememberedRound(typed: string, now = Date.now()): RoundByCode | undefined {
  const code = normaliseRoundCode(typed);
  const entry = rounds.get(code);
  if (!entry) return undefined;
  if (now >= entry.until || now < entry.until - TTL_MS) {
    rounds.delete(code);
    return undefined;
  }
  return entry.round;
}

/**
 * The round of a code a client sent, through the code guard (lookUpCode: a wrong code counts
 * against the client); a right code is remembered. Only right codes are ever remembered.
 */
export async function lookUpRoundForClient(
  typed: string,
  client: string,
): Promise<RoundByCode | undefined> {
  const round = await lookUpCode(RATE_LIMITS.roundCodeMisses, client, () => findRoundByCode(typed));
  if (round) {
    if (rounds.size >= MAX_ROUNDS) rounds.clear();
    rounds.set(round.code, { round, until: Date.now() + TTL_MS });
  }
  return round;
}

/**
 * The round of a code for the student's page, which a whole year group opens within minutes:
 * a right code remembered here costs one read of the client's wrong-code budget and no write
 * (lookUpCodeForView); any other goes through the guard, and is remembered when right.
 */
export function lookUpRoundForView(
  typed: string,
  client: string,
): Promise<RoundByCode | undefined> {
  return lookUpCodeForView(RATE_LIMITS.roundCodeMisses, client, rememberedRound(typed), () =>
    lookUpRoundForClient(typed, client),
  );
}

/** Forgets a round (it closed or changed in this process). */
export function forgetRound(code: string): void {
  rounds.delete(code);
}
