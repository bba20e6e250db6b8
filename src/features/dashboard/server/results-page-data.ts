import "server-only";
import { countNewFlags } from "@/features/safeguarding/server";
import { can } from "@/features/access";
import { institutionTimeZone, type StaffContext } from "@/features/access/server";
import type { Locale } from "@/i18n/locales";
import { isAppError } from "@/lib/http";
import { groupPage } from "../domain/group-pages";
import type { ResultsSearch } from "../schemas";
import { getBeforeAfter } from "./get-before-after";
import { getClassroomSummary } from "./get-classroom-summary";
import { getPathwayFunnel } from "./get-pathway-funnel";
import { getRoundResults, type RoundResults } from "./get-round-results";
import { getTrends, type Trends } from "./get-trends";
import { listResultFilters } from "./list-result-filters";

type ScopeFilter = { groupId?: string; programme?: string };

/**
 * Everything the results page shows, read in two parallel steps: what needs only the period
 * (filters, flags, activity, time zone), then what needs the round (its results, the change
 * since its baseline, the trends), each asked for the scope the coordinator chose. Only when a
 * group or programme did not take part in the round (the results fall back to the whole round)
 * are the change and the trends asked again, for the round.
 */
export async function loadResultsPage(ctx: StaffContext, params: ResultsSearch, locale: Locale) {
  const period = { kind: params.kind, from: params.from, to: params.to };
  const [filters, newFlags, funnel, classroom, timeZone] = await Promise.all([
    listResultFilters(ctx, period),
    can(ctx.role, "safeguarding:handle") ? countNewFlags(ctx) : 0,
    getPathwayFunnel(ctx, period),
    getClassroomSummary(ctx, period),
    institutionTimeZone(ctx),
  ]);
  // Without a choice, the latest round anyone has answered (a round just opened shows nothing).
  const round =
    filters.rounds.find((r) => r.id === params.round) ??
    filters.rounds.find((r) => r.answered) ??
    filters.rounds[0];

  const wanted: ScopeFilter = params.group
    ? { groupId: params.group }
    : params.programme
      ? { programme: params.programme }
      : {};
  const changeFor = (filter: ScopeFilter) =>
    round?.baselineId ? getBeforeAfter(ctx, { roundId: round.id, ...filter }) : null;
  const [results, firstChange, firstTrends] = await Promise.all([
    round
      ? getRoundResults(ctx, { roundId: round.id, ...wanted }, locale).catch((error: unknown) => {
          // A group or programme that did not take part in the round falls back to the round.
          if (isAppError(error) && error.code === "not_found") {
            return getRoundResults(ctx, { roundId: round.id }, locale);
          }
          throw error;
        })
      : null,
    settle(changeFor(wanted)),
    settle(getTrends(ctx, period, wanted)),
  ]);
  const shown = scopeFilterOf(results);
  const same = JSON.stringify(shown) === JSON.stringify(wanted);
  const change = results
    ? same && firstChange.ok
      ? firstChange.value
      : await changeFor(shown)
    : null;
  const trends: Trends =
    same && firstTrends.ok ? firstTrends.value : await getTrends(ctx, period, shown);

  // The groups' table, their changes and their trends show one page of groups; every figure
  // was computed (and suppressed) for the whole round above.
  const breakdown = groupPage(results?.breakdown ?? [], params.groupPage);
  const shownGroups = new Set(breakdown.rows.map((row) => row.key));
  const pagedTrends: Trends = {
    ...trends,
    series: trends.series.filter((s) => s.level !== "group" || shownGroups.has(s.key)),
  };
  const pagedChange = change && {
    ...change,
    groups: change.groups.filter((g) => shownGroups.has(g.key)),
  };
  return {
    period,
    filters,
    round,
    newFlags,
    funnel,
    classroom,
    timeZone,
    results,
    breakdown,
    change: pagedChange,
    trends: pagedTrends,
  };
}

export type ResultsPageData = Awaited<ReturnType<typeof loadResultsPage>>;

function scopeFilterOf(results: RoundResults | null): ScopeFilter {
  if (results?.scope.level === "group") return { groupId: results.scope.groupId };
  if (results?.scope.level === "programme") return { programme: results.scope.programme };
  return {};
}

/** A read whose failure only matters if its answer is used (it is asked again otherwise). */
async function settle<T>(
  value: Promise<T> | T,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await value };
  } catch (error) {
    return { ok: false, error };
  }
}
