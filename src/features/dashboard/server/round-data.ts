import "server-only";
import { getSurveyDefinition } from "@/features/survey/server";
import type { Locale } from "@/i18n/locales";
import type { Db } from "@/lib/db";
import type { Suppressible } from "../domain/anonymity";
import { publicationGate, resultsPublished } from "../domain/disclosure";
import {
  both,
  visibilityOf,
  type HierarchyVisibility,
  type ResultScope,
} from "../domain/hierarchy";
import {
  decideFor,
  favourableFigure,
  groupsInScope,
  histogramFigure,
  optionsFigure,
  responseFigure,
  scopeIndex,
  scoreFigure,
  total,
  type FavourableFigure,
  type GroupInfo,
  type OptionShare,
  type ResponseFigure,
  type ScoreFigure,
} from "../domain/round-figures";
import { DEFAULT_BIN_COUNT, type HistogramBin } from "../domain/statistics";
import { optionOf, surveyItems, type SurveyItemsInfo } from "../domain/survey-items";
import { rowFor } from "./queries/score-summaries";
import { roundAggregates } from "./round-aggregates";
import { anonymitySettings, findRound, groupsState, roundGroups } from "./round-scope";
import { responseCounts, whileUnchanged } from "./round-summaries";

export interface LabelledFigure<T> {
  key: string;
  label: string;
  figure: Suppressible<T>;
}

export type ChoiceFigure = { n: number; options: (OptionShare & { label: string })[] };

/** Every figure of one scope (round, programme or group), each suppressed on its own. */
export interface ScopeFigures {
  responses: Suppressible<ResponseFigure>;
  score: Suppressible<ScoreFigure>;
  histogram: Suppressible<{ n: number; bins: HistogramBin[] }>;
  items: LabelledFigure<FavourableFigure>[];
  choices: LabelledFigure<ChoiceFigure>[];
}

/**
 * A round's aggregates, loaded once (GROUP BY queries, see roundAggregates), with the visibility of every
 * measure decided from its per-group counts. figuresFor(scope) then reads any scope of the
 * round without another query: the results page, its breakdown and the CSV export share it.
 */
export async function loadRoundData(
  db: Db,
  institutionId: string,
  roundId: string,
  locale: Locale,
) {
  const [{ k, freeTextMin }, round] = await Promise.all([
    anonymitySettings(db, institutionId),
    findRound(db, institutionId, roundId),
  ]);
  const [counts, groups] = await Promise.all([
    responseCounts(db, institutionId, [round.id]),
    groupsState(db, institutionId, [round.id]),
  ]);
  // The round's figures follow from these alone (responses are only added or deleted, which
  // moves the count; closing the round moves its published flag): kept while none changed.
  const version = JSON.stringify([
    k,
    freeTextMin,
    round,
    resultsPublished(round),
    counts.get(round.id) ?? 0,
    groups,
  ]);
  return whileUnchanged(`round-data:${institutionId}:${round.id}:${locale}`, version, () =>
    decideRoundData(db, {
      institutionId,
      round,
      k,
      freeTextMin,
      locale,
      version,
      count: counts.get(round.id) ?? 0,
    }),
  );
}

export type RoundData = Awaited<ReturnType<typeof loadRoundData>>;

async function decideRoundData(
  db: Db,
  {
    institutionId,
    round,
    k,
    freeTextMin,
    locale,
    version,
    count,
  }: {
    institutionId: string;
    round: Awaited<ReturnType<typeof findRound>>;
    k: number;
    freeTextMin: number;
    locale: Locale;
    version: string;
    count: number;
  },
) {
  const definition = getSurveyDefinition(round.surveyKey);
  if (!definition) throw new Error(`Round ${round.code} uses an unknown survey`);
  const items = surveyItems(definition, locale);
  const groups = await roundGroups(db, institutionId, round.id);
  const { summaries, histogramRows, answerRows, multiRows, textRows } = await roundAggregates(
    db,
    institutionId,
    round.id,
    items,
    groups,
    count,
  );

  const groupRows = summaries.filter((r) => r.level === "group");
  const gate = publicationGate(round, groups, groupRows, k);
  const decide = (rows: readonly { groupId: string | null; n: number }[], threshold = k) =>
    decideFor(groups, rows, threshold);
  const responsesSeen = decide(groupRows.map((r) => ({ groupId: r.groupId, n: r.responses })));
  const scoredSeen = decide(groupRows.map((r) => ({ groupId: r.groupId, n: r.scored })));
  const itemRows = new Map(
    items.scale.map((item) => [item.key, answerRows.filter((r) => r.itemKey === item.key)]),
  );
  const itemSeen = new Map([...itemRows].map(([key, rows]) => [key, decide(rows)]));
  const itemScoped = new Map([...itemRows].map(([key, rows]) => [key, scopeIndex(groups, rows)]));
  const choiceBase = new Map(
    items.multi.map((item) => [item.key, multiRows.filter((r) => r.itemKey === item.key)]),
  );
  const choiceSeen = new Map([...choiceBase].map(([key, rows]) => [key, decide(rows)]));
  const choiceScoped = new Map(
    [...choiceBase].map(([key, rows]) => [key, scopeIndex(groups, rows)]),
  );
  const answersScoped = scopeIndex(groups, answerRows);
  const histogramScoped = scopeIndex(groups, histogramRows);
  const textSeen = new Map(
    items.text.map((item) => [
      item.key,
      decide(
        textRows.filter((r) => r.itemKey === item.key),
        freeTextMin,
      ),
    ]),
  );

  /** Responses and the score of a scope: all a breakdown row shows. */
  const summaryFor = perScope(function summaryOf(
    scope: ResultScope,
  ): Pick<ScopeFigures, "responses" | "score"> {
    const counted = visibilityOf(responsesSeen, scope);
    const respondents = both(gate(scope), counted);
    const summary = rowFor(summaries, scope);
    return {
      // How many answered may be seen while the round is open; what they answered may not.
      responses: responseFigure(counted, summary?.responses ?? 0, groupsInScope(groups, scope)),
      score: scoreFigure(both(respondents, visibilityOf(scoredSeen, scope)), summary),
    };
  });

  const figuresFor = perScope(function figuresOf(scope: ResultScope): ScopeFigures {
    const respondents = both(gate(scope), visibilityOf(responsesSeen, scope));
    const seen = (decision: HierarchyVisibility | undefined) =>
      decision ? both(respondents, visibilityOf(decision, scope)) : respondents;
    const head = summaryFor(scope);
    return {
      ...head,
      histogram: histogramFigure(
        both(respondents, visibilityOf(scoredSeen, scope)),
        histogramScoped(scope),
        DEFAULT_BIN_COUNT,
      ),
      items: items.scale.map((item) => ({
        key: item.key,
        label: item.label,
        figure: favourableFigure(
          seen(itemSeen.get(item.key)),
          (itemScoped.get(item.key)?.(scope) ?? []).map((r) => ({ value: r.value, count: r.n })),
          item.scale,
        ),
      })),
      choices: items.multi.map((item) => ({
        key: item.key,
        label: item.label,
        figure: choiceFigure(
          item,
          seen(choiceSeen.get(item.key)),
          total(choiceScoped.get(item.key)?.(scope) ?? []),
          answersScoped(scope),
        ),
      })),
    };
  });

  /** Whether the open question's answers may be shown for a scope (10 or more, and k). */
  const freeTextVisibility = (itemKey: string, scope: ResultScope) =>
    both(
      both(gate(scope), visibilityOf(responsesSeen, scope)),
      visibilityOf(textSeen.get(itemKey) ?? responsesSeen, scope),
    );

  return {
    round,
    k,
    freeTextMin,
    groups,
    items,
    figuresFor,
    summaryFor,
    freeTextVisibility,
    /** One state of the round's data: while it holds, what was read of the round still holds. */
    version,
  };
}

/** A scope's figures computed once per state of the round (a figure is never changed). */
function perScope<T>(figures: (scope: ResultScope) => T): (scope: ResultScope) => T {
  const known = new Map<string, T>();
  return (scope) => {
    const key = JSON.stringify(scope);
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = figures(scope);
    known.set(key, value);
    return value;
  };
}

function choiceFigure(
  item: SurveyItemsInfo["multi"][number],
  visibility: Parameters<typeof optionsFigure>[0],
  respondents: number,
  rows: readonly { itemKey: string; n: number }[],
): Suppressible<ChoiceFigure> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const option = optionOf(item.key, row.itemKey);
    if (option !== undefined) counts.set(option, (counts.get(option) ?? 0) + row.n);
  }
  const figure = optionsFigure(
    visibility,
    respondents,
    item.options.map((o) => o.key),
    counts,
  );
  if (figure.suppressed) return figure;
  const labels = new Map(item.options.map((o) => [o.key, o.label]));
  return {
    ...figure,
    options: figure.options.map((o) => ({ ...o, label: labels.get(o.key) ?? o.key })),
  };
}

/** The breakdown rows of a scope: programme subtotals (for the round) and its groups. */
export function breakdownScopes(
  groups: readonly GroupInfo[],
  scope: ResultScope,
): { scope: ResultScope; name: string; programme: string }[] {
  const rows: { scope: ResultScope; name: string; programme: string }[] = [];
  if (scope.level === "round") {
    const programmes = [...new Set(groups.map((g) => g.programme))];
    // Programme subtotals only add something when there is more than one programme.
    if (programmes.length > 1) {
      for (const p of programmes)
        rows.push({ scope: { level: "programme", programme: p }, name: p, programme: p });
    }
  }
  for (const g of groupsInScope(groups, scope)) {
    rows.push({ scope: { level: "group", groupId: g.id }, name: g.name, programme: g.programme });
  }
  return rows;
}
