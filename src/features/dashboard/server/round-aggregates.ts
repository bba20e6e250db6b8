import "server-only";
import type { Db } from "@/lib/db";
import type { GroupInfo } from "../domain/round-figures";
import { DEFAULT_BIN_COUNT } from "../domain/statistics";
import { OPTION_SEPARATOR } from "@/features/survey";
import type { SurveyItemsInfo } from "../domain/survey-items";
import {
  answerCountsByGroup,
  multiRespondentsByGroup,
  textCountsByGroup,
} from "./queries/answer-counts";
import { scoreHistogramByGroup, scoreSummaries } from "./queries/score-summaries";
import { clearRoundSummaries, responseCounts } from "./round-summaries";

/** What SQL returns for one round: per-group (and, for scores, per programme and round) rows. */
export interface RoundAggregates {
  summaries: Awaited<ReturnType<typeof scoreSummaries>>;
  histogramRows: Awaited<ReturnType<typeof scoreHistogramByGroup>>;
  answerRows: Awaited<ReturnType<typeof answerCountsByGroup>>;
  multiRows: Awaited<ReturnType<typeof multiRespondentsByGroup>>;
  textRows: Awaited<ReturnType<typeof textCountsByGroup>>;
}

/** Rounds whose aggregates are kept in this process, the least recently used dropped first. */
export const CACHED_ROUNDS = 32;

const store = globalThis as unknown as {
  belongRoundAggregates?: Map<string, { version: string; aggregates: RoundAggregates }>;
};
const cache = (store.belongRoundAggregates ??= new Map());

/**
 * A round's aggregates, computed in the database. Responses are only ever added (or deleted
 * with their participant), so the round's response count and its groups' programmes identify
 * one state of the data: while they are unchanged, switching between the round, a programme
 * and a group reuses the aggregates instead of scanning the round's answers again. The count
 * is an index-only COUNT; any new response makes the next view compute afresh.
 */
export async function roundAggregates(
  db: Db,
  institutionId: string,
  roundId: string,
  items: SurveyItemsInfo,
  groups: readonly GroupInfo[],
  /** The round's response count, when the caller has just read it. */
  known?: number,
): Promise<RoundAggregates> {
  const counted = known ?? (await responseCounts(db, institutionId, [roundId])).get(roundId);
  const key = `${institutionId}:${roundId}`;
  const version = JSON.stringify([
    counted ?? 0,
    groups.map((g) => [g.id, g.programme, g.expectedSize]),
  ]);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.aggregates;
  }
  const aggregates = await computeAggregates(db, institutionId, roundId, items);
  cache.set(key, { version, aggregates });
  while (cache.size > CACHED_ROUNDS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return aggregates;
}

/** Forgets every cached round (benchmarks measure the first view with it). */
export function clearRoundAggregates(): void {
  cache.clear();
  clearRoundSummaries();
}

async function computeAggregates(
  db: Db,
  institutionId: string,
  roundId: string,
  items: SurveyItemsInfo,
): Promise<RoundAggregates> {
  const [summaries, histogramRows, answerRows, multiRows, textRows] = await Promise.all([
    scoreSummaries(db, institutionId, [roundId]),
    scoreHistogramByGroup(db, institutionId, roundId, DEFAULT_BIN_COUNT),
    answerCountsByGroup(db, institutionId, roundId),
    Promise.all(
      items.multi.map((item) =>
        multiRespondentsByGroup(db, institutionId, roundId, {
          key: item.key,
          answerKeys: item.options.map((o) => `${item.key}${OPTION_SEPARATOR}${o.key}`),
        }),
      ),
    ).then((lists) => lists.flat()),
    textCountsByGroup(
      db,
      institutionId,
      roundId,
      items.text.map((item) => item.key),
    ),
  ]);
  return { summaries, histogramRows, answerRows, multiRows, textRows };
}
