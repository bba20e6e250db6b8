import "server-only";
import { getSurveyDefinition } from "@/features/survey/domain/load-surveys";
import type { Locale } from "@/i18n/locales";
import { getDb } from "@/lib/db";
import { freeTextForDisplay, type Suppressible } from "../domain/anonymity";
import { both, visibilityOf, type ResultScope } from "../domain/hierarchy";
import {
  decideFor,
  favourableFigure,
  groupsInScope,
  hiddenCopy,
  histogramFigure,
  optionsFigure,
  responseFigure,
  rowsInScope,
  scoreFigure,
  total,
  type FavourableFigure,
  type GroupInfo,
  type OptionShare,
  type ResponseFigure,
  type ScoreFigure,
} from "../domain/round-figures";
import { DEFAULT_BIN_COUNT, type HistogramBin } from "../domain/statistics";
import { optionOf, surveyItems } from "../domain/survey-items";
import { roundResultsFilterSchema, type RoundResultsFilter } from "../schemas";
import type { DashboardContext } from "./context";
import { answerCountsByGroup, multiRespondentsByGroup } from "./queries/answer-counts";
import { sampleFreeTexts, FREE_TEXT_SAMPLE } from "./queries/free-texts";
import {
  scoreHistogramByGroup,
  scoreSummaries,
  type ScoreSummaryRow,
} from "./queries/score-summaries";
import { anonymitySettings, findRound, resolveScope, roundGroups } from "./round-scope";

export interface BreakdownRow {
  level: "group" | "programme";
  /** The group's id, or the programme's name. */
  key: string;
  name: string;
  programme: string;
  responses: Suppressible<ResponseFigure>;
  score: Suppressible<ScoreFigure>;
}

export interface LabelledFigure<T> {
  key: string;
  label: string;
  figure: Suppressible<T>;
}

export interface RoundResults {
  round: Awaited<ReturnType<typeof findRound>>;
  k: number;
  freeTextMin: number;
  scope: ResultScope;
  groups: GroupInfo[];
  responses: Suppressible<ResponseFigure>;
  score: Suppressible<ScoreFigure>;
  histogram: Suppressible<{ n: number; bins: HistogramBin[] }>;
  items: LabelledFigure<FavourableFigure>[];
  choices: LabelledFigure<{ n: number; options: (OptionShare & { label: string })[] }>[];
  freeText: LabelledFigure<{ texts: string[] }>[];
  breakdown: BreakdownRow[];
}

/**
 * A round's results for the whole round, a programme or a group, every figure suppressed
 * where it is computed. Aggregation runs in SQL (per group, per programme, per round); here
 * the per-group counts decide, measure by measure, which sets may be shown.
 */
export async function getRoundResults(
  ctx: DashboardContext,
  input: RoundResultsFilter,
  locale: Locale,
): Promise<RoundResults> {
  const filter = roundResultsFilterSchema.parse(input);
  const db = await getDb();
  const { institutionId } = ctx;
  const { k, freeTextMin } = await anonymitySettings(db, institutionId);
  const round = await findRound(db, institutionId, filter.roundId);
  const groups = await roundGroups(db, institutionId, round.id);
  const scope = resolveScope(groups, filter);
  const definition = getSurveyDefinition(round.surveyKey);
  if (!definition) throw new Error(`Round ${round.code} uses an unknown survey`);
  const items = surveyItems(definition, locale);

  const [summaries, histogramRows, answerRows, multiRows] = await Promise.all([
    scoreSummaries(db, institutionId, [round.id]),
    scoreHistogramByGroup(db, institutionId, round.id, DEFAULT_BIN_COUNT),
    answerCountsByGroup(db, institutionId, round.id),
    multiRespondentsByGroup(db, institutionId, round.id),
  ]);

  const groupRows = summaries.filter((r) => r.level === "group");
  const responsesSeen = decideFor(groups, pick(groupRows, "responses"), k);
  const scoredSeen = decideFor(groups, pick(groupRows, "scored"), k);
  const respondents = visibilityOf(responsesSeen, scope);
  const scoreVisibility = both(respondents, visibilityOf(scoredSeen, scope));
  const scoped = <T extends { groupId: string | null }>(rows: readonly T[]) =>
    rowsInScope(groups, rows, scope);

  const itemFigures = items.scale.map((item) => {
    const rows = answerRows.filter((r) => r.itemKey === item.key && r.value !== null);
    const seen = both(respondents, visibilityOf(decideFor(groups, rows, k), scope));
    const counts = scoped(rows).map((r) => ({ value: r.value ?? 0, count: r.n }));
    return { key: item.key, label: item.label, figure: favourableFigure(seen, counts, item.scale) };
  });

  const choiceFigures = items.multi.map((item) => {
    const base = multiRows.filter((r) => r.itemKey === item.key);
    const seen = both(respondents, visibilityOf(decideFor(groups, base, k), scope));
    const counts = new Map<string, number>();
    for (const row of scoped(answerRows)) {
      const option = optionOf(item.key, row.itemKey);
      if (option !== undefined) counts.set(option, (counts.get(option) ?? 0) + row.n);
    }
    const labels = new Map(item.options.map((o) => [o.key, o.label]));
    const figure = optionsFigure(
      seen,
      total(scoped(base)),
      item.options.map((o) => o.key),
      counts,
    );
    return {
      key: item.key,
      label: item.label,
      figure: figure.suppressed
        ? figure
        : {
            ...figure,
            options: figure.options.map((o) => ({ ...o, label: labels.get(o.key) ?? o.key })),
          },
    };
  });

  const freeText = await Promise.all(
    items.text.map(async (item) => {
      const rows = answerRows.filter((r) => r.itemKey === item.key && r.value === null);
      const seen = both(respondents, visibilityOf(decideFor(groups, rows, freeTextMin), scope));
      if (seen.suppressed) return { key: item.key, label: item.label, figure: hiddenCopy(seen) };
      const texts = await sampleFreeTexts(db, institutionId, round.id, item.key, scope, {
        limit: Math.max(FREE_TEXT_SAMPLE, freeTextMin),
      });
      return {
        key: item.key,
        label: item.label,
        figure: freeTextForDisplay(texts, { minFreeText: freeTextMin }),
      };
    }),
  );

  const breakdown = breakdownRows(groups, scope, summaries, responsesSeen, scoredSeen);
  return {
    round,
    k,
    freeTextMin,
    scope,
    groups,
    responses: responseFigure(
      respondents,
      summaryFor(summaries, scope)?.responses ?? 0,
      groupsInScope(groups, scope),
    ),
    score: scoreFigure(scoreVisibility, summaryFor(summaries, scope)),
    histogram: histogramFigure(scoreVisibility, scoped(histogramRows), DEFAULT_BIN_COUNT),
    items: itemFigures,
    choices: choiceFigures,
    freeText,
    breakdown,
  };
}

function pick(rows: readonly ScoreSummaryRow[], field: "responses" | "scored") {
  return rows.map((r) => ({ groupId: r.groupId, n: r[field] }));
}

/** The SQL summary row of a scope (GROUPING SETS gave one per group, programme and round). */
export function summaryFor(rows: readonly ScoreSummaryRow[], scope: ResultScope) {
  return rows.find((r) => {
    if (scope.level === "round") return r.level === "round";
    if (scope.level === "programme")
      return r.level === "programme" && r.programme === scope.programme;
    return r.level === "group" && r.groupId === scope.groupId;
  });
}

function breakdownRows(
  groups: readonly GroupInfo[],
  scope: ResultScope,
  summaries: readonly ScoreSummaryRow[],
  responsesSeen: ReturnType<typeof decideFor>,
  scoredSeen: ReturnType<typeof decideFor>,
): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  const row = (level: "group" | "programme", key: string, name: string, programme: string) => {
    const rowScope: ResultScope =
      level === "group" ? { level, groupId: key } : { level, programme: key };
    const respondents = visibilityOf(responsesSeen, rowScope);
    const summary = summaryFor(summaries, rowScope);
    rows.push({
      level,
      key,
      name,
      programme,
      responses: responseFigure(
        respondents,
        summary?.responses ?? 0,
        groupsInScope(groups, rowScope),
      ),
      score: scoreFigure(both(respondents, visibilityOf(scoredSeen, rowScope)), summary),
    });
  };
  if (scope.level === "round") {
    const programmes = [...new Set(groups.map((g) => g.programme))];
    // Programme subtotals only add something when there is more than one programme.
    if (programmes.length > 1) for (const p of programmes) row("programme", p, p, p);
  }
  for (const g of groupsInScope(groups, scope)) row("group", g.id, g.name, g.programme);
  return rows;
}
