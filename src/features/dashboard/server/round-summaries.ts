import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { GroupInfo } from "../domain/round-figures";
import { scoreSummaries, type ScoreSummaryRow } from "./queries/score-summaries";

/** Rounds whose score summaries are kept in this process, the least recently used dropped first. */
const CACHED_ROUNDS = 64;

const store = globalThis as unknown as {
  belongRoundSummaries?: Map<string, { version: string; rows: ScoreSummaryRow[] }>;
};
const cache = (store.belongRoundSummaries ??= new Map());

/**
 * The score summaries of several rounds (the trends), computed in the database only for the
 * rounds whose data changed since this process last computed them. As for roundAggregates, a
 * round's response count and the school's groups (programme, expected size) identify one state
 * of its data: responses are only added or deleted, so any change moves the count. One
 * index-only COUNT per round, in one query, decides.
 */
export async function roundSummaries(
  db: Db,
  institutionId: string,
  roundIds: readonly string[],
  groups: readonly GroupInfo[],
  /** The rounds' response counts, when the caller has just read them. */
  known?: Map<string, number>,
): Promise<ScoreSummaryRow[]> {
  if (roundIds.length === 0) return [];
  const counts = known ?? (await responseCounts(db, institutionId, roundIds));
  const groupsVersion = JSON.stringify(groups.map((g) => [g.id, g.programme, g.expectedSize]));
  const versionOf = (roundId: string) => `${counts.get(roundId) ?? 0}:${groupsVersion}`;
  const keyOf = (roundId: string) => `${institutionId}:${roundId}`;
  const stale = roundIds.filter((id) => cache.get(keyOf(id))?.version !== versionOf(id));
  const fresh = await scoreSummaries(db, institutionId, stale);
  for (const id of stale) {
    cache.delete(keyOf(id));
    cache.set(keyOf(id), { version: versionOf(id), rows: fresh.filter((r) => r.roundId === id) });
  }
  while (cache.size > CACHED_ROUNDS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return roundIds.flatMap((id) => cache.get(keyOf(id))?.rows ?? []);
}

/** Forgets every cached summary (benchmarks measure the first view with it). */
export function clearRoundSummaries(): void {
  cache.clear();
  derived.clear();
}

const derived = ((
  globalThis as unknown as { belongRoundDerived?: Map<string, unknown> }
).belongRoundDerived ??= new Map<string, { version: string; value: unknown }>()) as Map<
  string,
  { version: string; value: unknown }
>;

/**
 * Each round's response count, in one query (what a version is made of): a count per round
 * of the institution, each an index-only scan of that round's entries, which is several times
 * cheaper than joining every response to its round and grouping them.
 */
export async function responseCounts(
  db: Db,
  institutionId: string,
  roundIds: readonly string[],
): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const counted = await db.$queryRaw<{ roundId: string; n: number }[]>`
    SELECT sr.id AS "roundId",
           (SELECT COUNT(*)::int FROM survey_responses r WHERE r.round_id = sr.id) AS "n"
    FROM survey_rounds sr
    WHERE sr.institution_id = ${institutionId} AND sr.id IN (${Prisma.join(roundIds)})`;
  return new Map(counted.map((c) => [c.roundId, c.n]));
}

/**
 * A value computed from rounds' data, reused while `version` (their response counts and
 * groups, as for roundAggregates) is unchanged; least recently used dropped first.
 */
export async function whileUnchanged<T>(
  key: string,
  version: string,
  compute: () => Promise<T>,
): Promise<T> {
  const hit = derived.get(key);
  if (hit && hit.version === version) {
    derived.delete(key);
    derived.set(key, hit);
    return hit.value as T;
  }
  const value = await compute();
  derived.set(key, { version, value });
  while (derived.size > CACHED_ROUNDS) {
    const oldest = derived.keys().next().value;
    if (oldest === undefined) break;
    derived.delete(oldest);
  }
  return value;
}
