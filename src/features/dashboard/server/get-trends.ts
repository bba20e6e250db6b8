import "server-only";
import { getDb } from "@/lib/db";
import type { Suppressible } from "../domain/anonymity";
import { publicationGate, resultsPublished } from "../domain/disclosure";
import { both, visibilityOf, type ResultScope } from "../domain/hierarchy";
import { decideFor, groupsInScope, hiddenCopy, type GroupInfo } from "../domain/round-figures";
import { meanEstimateFromSummary } from "../domain/statistics";
import type { PeriodFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/access/server";
import { roundsWhere } from "./list-result-filters";
import { rowFor, type ScoreSummaryRow } from "./queries/score-summaries";
import {
  anonymitySettings,
  findRound,
  groupsOfRounds,
  resolveScope,
  roundFields,
} from "./round-scope";
import { responseCounts, roundSummaries, whileUnchanged } from "./round-summaries";

/** A trend shows at most this many rounds, the latest ones. */
export const TREND_ROUNDS = 8;

export interface TrendPoint {
  n: number;
  mean: number;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface TrendSeries {
  /** "round" for all groups together, else a programme's name or a group's id. */
  key: string;
  level: ResultScope["level"];
  name: string;
  /** One point per round, in the rounds' order. */
  points: Suppressible<TrendPoint>[];
}

/**
 * The mean belonging score across the rounds of a kind and period, oldest first: for all
 * groups together and per group (or per programme), each point suppressed as in that round's
 * results. Rounds run for different people, so points of different rounds never subtract.
 */
export async function getTrends(
  ctx: StaffContext,
  period: PeriodFilter,
  filter: { groupId?: string; programme?: string } = {},
) {
  authorize(ctx, "results:read");
  const db = await getDb();
  const { institutionId } = ctx;
  const [{ k }, latest, groups] = await Promise.all([
    anonymitySettings(db, institutionId),
    db.surveyRound.findMany({
      where: roundsWhere(institutionId, period),
      select: { ...roundFields, groups: { select: { groupId: true } } },
      orderBy: [{ opensAt: "desc" }, { createdAt: "desc" }],
      take: TREND_ROUNDS,
    }),
    db.group.findMany({
      where: { institutionId },
      select: { id: true, name: true, programme: true, expectedSize: true },
      orderBy: [{ programme: "asc" }, { name: "asc" }],
    }) as Promise<GroupInfo[]>,
  ]);
  const rounds = latest.reverse();
  const scope = resolveScope(groups, filter);
  const roundIds = rounds.map((r) => r.id);
  const counts = await responseCounts(db, institutionId, roundIds);
  const now = new Date();
  // The trends follow from these alone (responses are only added or deleted, which moves a
  // count; a round's closing moves its published flag): reused while none of them changed.
  const version = JSON.stringify([
    k,
    rounds,
    rounds.map((round) => resultsPublished(round, now)),
    groups,
    [...counts],
  ]);
  return whileUnchanged(
    `trends:${institutionId}:${JSON.stringify([period, scope])}`,
    version,
    async () => {
      const [summaries, asSeen] = await Promise.all([
        roundSummaries(db, institutionId, roundIds, groups, counts),
        groupsOfRounds(db, institutionId, roundIds),
      ]);
      return trendsOf({ k, scope, rounds, groups, summaries, asSeen });
    },
  );
}

export type Trends = Awaited<ReturnType<typeof getTrends>>;

/** The series of the trends, every point suppressed as in its round's results. */
function trendsOf({
  k,
  scope,
  rounds,
  groups,
  summaries,
  asSeen,
}: {
  k: number;
  scope: ResultScope;
  rounds: (Awaited<ReturnType<typeof findRound>> & { groups: { groupId: string }[] })[];
  groups: GroupInfo[];
  summaries: ScoreSummaryRow[];
  asSeen: Map<string, GroupInfo[]>;
}) {
  const perRound = rounds.map((round) => {
    const rows = summaries.filter((r) => r.roundId === round.id);
    const groupRows = rows.filter((r) => r.level === "group");
    // Each round with its groups as they answered it (programme kept, distrust known).
    const roundGroups = asSeen.get(round.id) ?? [];
    const gate = publicationGate(round, roundGroups, groupRows, k);
    const decide = (field: "responses" | "scored") =>
      decideFor(
        roundGroups,
        groupRows.map((r) => ({ groupId: r.groupId, n: r[field] })),
        k,
      );
    return { rows, gate, responses: decide("responses"), scored: decide("scored") };
  });

  const pointsFor = (target: ResultScope) =>
    perRound.map(({ rows, gate, responses, scored }) => {
      const seen = both(
        both(gate(target), visibilityOf(responses, target)),
        visibilityOf(scored, target),
      );
      if (seen.suppressed) return hiddenCopy(seen);
      return point(rowFor(rows, target));
    });

  const series: TrendSeries[] = [];
  if (scope.level === "round") {
    series.push({ key: "round", level: "round", name: "", points: pointsFor(scope) });
  } else if (scope.level === "programme") {
    series.push({
      key: scope.programme,
      level: "programme",
      name: scope.programme,
      points: pointsFor(scope),
    });
  }
  const ranFor = new Set(rounds.flatMap((r) => r.groups.map((x) => x.groupId)));
  for (const g of groupsInScope(groups, scope)) {
    const points = pointsFor({ level: "group", groupId: g.id });
    // A group that never had a round in the period adds an empty line: leave it out.
    if (ranFor.has(g.id) || points.some((p) => !p.suppressed)) {
      series.push({ key: g.id, level: "group", name: g.name, points });
    }
  }
  return { k, scope, rounds: rounds.map(withoutGroups), series };
}

function withoutGroups<T extends { groups: unknown }>(round: T): Omit<T, "groups"> {
  const copy: Partial<T> = { ...round };
  delete copy.groups;
  return copy as Omit<T, "groups">;
}

function point(row: ScoreSummaryRow | undefined): Suppressible<TrendPoint> {
  if (!row || row.mean === null) throw new Error("A shown point needs its summary row");
  const estimate = meanEstimateFromSummary({ n: row.scored, mean: row.mean, sd: row.sd });
  return {
    suppressed: false,
    n: row.scored,
    mean: row.mean,
    ciLow: estimate.ci?.low ?? null,
    ciHigh: estimate.ci?.high ?? null,
  };
}
