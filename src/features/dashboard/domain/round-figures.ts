import type { Suppressible, Suppressed } from "./anonymity";
import {
  decideVisibility,
  inScope,
  type GroupCount,
  type ResultScope,
  type Visibility,
} from "./hierarchy";
import {
  bandShares,
  emptyHistogram,
  favourableShare,
  meanEstimateFromSummary,
  type AgreementScale,
  type BandShare,
  type HistogramBin,
  type ValueCount,
} from "./statistics";

/**
 * Turns per-group aggregates (from SQL) into the figures of one scope of a round, each one
 * already suppressed: a hidden figure carries no numbers, only the threshold k.
 */

export interface GroupInfo {
  id: string;
  name: string;
  /** The programme the group answered the round in (kept at submission). */
  programme: string;
  expectedSize: number | null;
  /** Set when the group's answers count in no figure: padding, or no expected size. */
  distrust?: "padding" | "size-unknown";
}

/** A per-group aggregate row; groupId null: respondents in no group. */
export interface GroupRow {
  groupId: string | null;
  n: number;
}

/**
 * One count per group of the round (0 for groups without rows), plus the respondents in no
 * group (or in a group that is not the round's), in the shape decideVisibility takes.
 */
export function groupCounts(groups: readonly GroupInfo[], rows: readonly GroupRow[]): GroupCount[] {
  const known = new Map(groups.map((g) => [g.id, 0]));
  let unassigned = 0;
  for (const row of rows) {
    if (row.groupId !== null && known.has(row.groupId)) {
      known.set(row.groupId, (known.get(row.groupId) ?? 0) + row.n);
    } else {
      unassigned += row.n;
    }
  }
  const counts: GroupCount[] = groups.map((g) => ({
    groupId: g.id,
    programme: g.programme,
    // A distrusted group's answers are left out in SQL; it stays hidden with its reason.
    n: g.distrust ? 0 : (known.get(g.id) ?? 0),
    ...(g.distrust ? { hidden: g.distrust } : {}),
  }));
  if (unassigned > 0) counts.push({ groupId: null, programme: "", n: unassigned });
  return counts;
}

/** Visibility of a measure for every set of the round, from its per-group rows. */
export function decideFor(groups: readonly GroupInfo[], rows: readonly GroupRow[], k: number) {
  return decideVisibility(groupCounts(groups, rows), k);
}

/** The rows of a scope, by their group's programme (rows in no group are only in the round). */
export function rowsInScope<T extends { groupId: string | null }>(
  groups: readonly GroupInfo[],
  rows: readonly T[],
  scope: ResultScope,
): T[] {
  const programmeOf = new Map(groups.map((g) => [g.id, g.programme]));
  return rows.filter((row) => {
    const programme = row.groupId === null ? undefined : programmeOf.get(row.groupId);
    if (programme === undefined) return scope.level === "round";
    return inScope({ groupId: row.groupId, programme }, scope);
  });
}

/**
 * rowsInScope for many scopes of one round: rows are indexed by group once, so reading a
 * group or a programme costs its own rows, not a pass over the round's.
 */
export function scopeIndex<T extends { groupId: string | null }>(
  groups: readonly GroupInfo[],
  rows: readonly T[],
): (scope: ResultScope) => readonly T[] {
  const byGroup = new Map<string | null, T[]>();
  for (const row of rows) {
    const list = byGroup.get(row.groupId);
    if (list) list.push(row);
    else byGroup.set(row.groupId, [row]);
  }
  return (scope) => {
    if (scope.level === "round") return rows;
    return groupsInScope(groups, scope).flatMap((g) => byGroup.get(g.id) ?? []);
  };
}

export function groupsInScope(groups: readonly GroupInfo[], scope: ResultScope): GroupInfo[] {
  return groups.filter((g) => inScope({ groupId: g.id, programme: g.programme }, scope));
}

function shownOrHidden<T>(visibility: Visibility, figure: () => T): Suppressible<T> {
  if (visibility.suppressed) return hiddenCopy(visibility);
  return { ...figure(), suppressed: false };
}

/** A fresh suppressed marker with nothing but its reason and k. */
export function hiddenCopy(visibility: Suppressed): Suppressed {
  return { suppressed: true, reason: visibility.reason, k: visibility.k };
}

// --- Responses and response rate ------------------------------------------------------------

export interface ResponseFigure {
  responses: number;
  /** Expected students of the scope's groups; null when a group has no expected size. */
  expected: number | null;
  /** responses / expected, 0-1 (may exceed 1 if more students answered than expected). */
  rate: number | null;
}

export function responseFigure(
  visibility: Visibility,
  responses: number,
  groups: readonly GroupInfo[],
): Suppressible<ResponseFigure> {
  return shownOrHidden(visibility, () => {
    const sizes = groups.map((g) => g.expectedSize);
    const known = groups.length > 0 && sizes.every((s): s is number => s !== null && s > 0);
    const expected = known ? sizes.reduce<number>((sum, s) => sum + (s ?? 0), 0) : null;
    return { responses, expected, rate: expected ? responses / expected : null };
  });
}

// --- Belonging score --------------------------------------------------------------------------

export interface ScoreFigure {
  n: number;
  mean: number;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  bands: BandShare[];
}

export interface ScoreSummaryInput {
  scored: number;
  mean: number | null;
  sd: number | null;
  low: number;
  mid: number;
  high: number;
}

export function scoreFigure(
  visibility: Visibility,
  summary: ScoreSummaryInput | undefined,
): Suppressible<ScoreFigure> {
  if (visibility.suppressed) return hiddenCopy(visibility);
  if (!summary || summary.mean === null || summary.scored === 0) {
    throw new Error("A shown score needs its summary row");
  }
  const estimate = meanEstimateFromSummary({
    n: summary.scored,
    mean: summary.mean,
    sd: summary.sd,
  });
  const { bands } = bandShares({ LOW: summary.low, MID: summary.mid, HIGH: summary.high });
  return {
    suppressed: false,
    n: summary.scored,
    mean: summary.mean,
    sd: estimate.sd,
    ciLow: estimate.ci?.low ?? null,
    ciHigh: estimate.ci?.high ?? null,
    bands,
  };
}

export function histogramFigure(
  visibility: Visibility,
  rows: readonly { bin: number; n: number }[],
  binCount: number,
): Suppressible<{ n: number; bins: HistogramBin[] }> {
  return shownOrHidden(visibility, () => {
    const bins = emptyHistogram(binCount);
    for (const row of rows) {
      const bin = bins[row.bin];
      if (bin) bin.count += row.n;
    }
    return { n: bins.reduce((sum, b) => sum + b.count, 0), bins };
  });
}

// --- Items ----------------------------------------------------------------------------------

export interface FavourableFigure {
  n: number;
  favourable: number;
  share: number;
}

export function favourableFigure(
  visibility: Visibility,
  counts: readonly ValueCount[],
  scale: AgreementScale,
): Suppressible<FavourableFigure> {
  return shownOrHidden(visibility, () => {
    const result = favourableShare(counts, scale);
    return { n: result.n, favourable: result.favourable, share: result.share ?? 0 };
  });
}

export interface OptionShare {
  key: string;
  count: number;
  /** Of the respondents who chose anything: shares add up to more than 1 with several choices. */
  share: number;
}

/** A multi-choice item's options, the most chosen first (ties in the survey's order). */
export function optionsFigure(
  visibility: Visibility,
  respondents: number,
  optionKeys: readonly string[],
  counts: ReadonlyMap<string, number>,
): Suppressible<{ n: number; options: OptionShare[] }> {
  return shownOrHidden(visibility, () => ({
    n: respondents,
    options: optionKeys
      .map((key) => {
        const count = counts.get(key) ?? 0;
        return { key, count, share: respondents === 0 ? 0 : count / respondents };
      })
      .sort((a, b) => b.count - a.count),
  }));
}

/** Sums rows' n. */
export function total(rows: readonly { n: number }[]): number {
  return rows.reduce((sum, row) => sum + row.n, 0);
}
