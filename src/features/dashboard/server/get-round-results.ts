import "server-only";
import type { Locale } from "@/i18n/locales";
import { getDb } from "@/lib/db";
import { freeTextForDisplay, shuffle, type Suppressible } from "../domain/anonymity";
import type { ResultScope } from "../domain/hierarchy";
import {
  hiddenCopy,
  type GroupInfo,
  type ResponseFigure,
  type ScoreFigure,
} from "../domain/round-figures";
import { roundResultsFilterSchema, type RoundResultsFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/access/server";
import { FREE_TEXT_POOL, FREE_TEXT_SAMPLE, sampleFreeTexts } from "./queries/free-texts";
import {
  breakdownScopes,
  loadRoundData,
  type LabelledFigure,
  type RoundData,
  type ScopeFigures,
} from "./round-data";
import { resolveScope } from "./round-scope";
import { whileUnchanged } from "./round-summaries";

export interface BreakdownRow {
  level: "group" | "programme";
  /** The group's id, or the programme's name. */
  key: string;
  name: string;
  programme: string;
  responses: Suppressible<ResponseFigure>;
  score: Suppressible<ScoreFigure>;
}

export interface RoundResults extends ScopeFigures {
  round: RoundData["round"];
  k: number;
  freeTextMin: number;
  scope: ResultScope;
  groups: GroupInfo[];
  freeText: LabelledFigure<{ texts: string[] }>[];
  breakdown: BreakdownRow[];
}

/**
 * A round's results for the whole round, a programme or a group, every figure suppressed
 * where it is computed. Aggregation runs in SQL (per group, per programme, per round); the
 * per-group counts then decide, measure by measure, which sets may be shown.
 */
export async function getRoundResults(
  ctx: StaffContext,
  input: RoundResultsFilter,
  locale: Locale,
): Promise<RoundResults> {
  authorize(ctx, "results:read");
  const filter = roundResultsFilterSchema.parse(input);
  const db = await getDb();
  const data = await loadRoundData(db, ctx.institutionId, filter.roundId, locale);
  const scope = resolveScope(data.groups, filter);

  const freeText = await Promise.all(
    data.items.text.map(async (item) => {
      const seen = data.freeTextVisibility(item.key, scope);
      if (seen.suppressed) return { key: item.key, label: item.label, figure: hiddenCopy(seen) };
      // A pool of the answers is read once per state of the round's data (answers come and go
      // only with their response, and are shown only once the round has closed); each view
      // shows a fresh random sample of it.
      const pool = await whileUnchanged(
        `texts:${ctx.institutionId}:${data.round.id}:${item.key}:${JSON.stringify(scope)}`,
        data.version,
        () =>
          sampleFreeTexts(db, ctx.institutionId, data.round.id, item.key, scope, {
            limit: Math.max(FREE_TEXT_POOL, data.freeTextMin),
          }),
      );
      const texts = shuffle(pool).slice(0, Math.max(FREE_TEXT_SAMPLE, data.freeTextMin));
      return {
        key: item.key,
        label: item.label,
        figure: freeTextForDisplay(texts, { minFreeText: data.freeTextMin }),
      };
    }),
  );

  return {
    round: data.round,
    k: data.k,
    freeTextMin: data.freeTextMin,
    scope,
    groups: data.groups,
    ...data.figuresFor(scope),
    freeText,
    breakdown: breakdownScopes(data.groups, scope).map((row) => {
      const figures = data.summaryFor(row.scope);
      return {
        level: row.scope.level === "group" ? "group" : "programme",
        key: row.scope.level === "group" ? row.scope.groupId : row.name,
        name: row.name,
        programme: row.programme,
        responses: figures.responses,
        score: figures.score,
      };
    }),
  };
}
