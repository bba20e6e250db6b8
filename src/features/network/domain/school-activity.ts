import {
  minGroupSize,
  optionsFigure,
  suppress,
  weeklyFigure,
  type OptionShare,
  type Suppressible,
} from "@/features/dashboard";

/**
 * The network report's activity figures: the barriers that weigh most (of the baseline round),
 * the Digital Pathway funnel and classroom sessions, per school and pooled. The rules are the
 * dashboard's: a barrier figure needs k respondents; a funnel stage or a count of students who
 * joined a session is counted per week, and shown only when every week holds 0 or at least k.
 * A pooled figure sums only the schools whose own figure is shown, under the strictest k.
 */

export const FUNNEL_STAGES = ["invited", "started", "finished", "adviceWritten"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Counts per week, keyed by the week's Monday (ISO date), so schools' weeks can be summed. */
export type WeekCounts = ReadonlyMap<string, number>;

/** What the database gives for one school (aggregates only). */
export interface ActivityAggregates {
  /** Respondents of the baseline round who chose any barrier, and each option's count. */
  barriers: { respondents: number; counts: ReadonlyMap<string, number> };
  funnel: Record<FunnelStage, WeekCounts>;
  /** Classroom sessions started, and the students who joined them per week. */
  sessions: { held: number; joined: WeekCounts };
}

export interface BarrierFigure {
  n: number;
  options: OptionShare[];
}

export interface ActivityFigures {
  barriers: Suppressible<BarrierFigure>;
  funnel: Record<FunnelStage, Suppressible<{ n: number }>>;
  /** Sessions held is not a figure about students, so it is always shown. */
  sessions: { held: number; joined: Suppressible<{ n: number }> };
}

function barrierFigure(
  respondents: number,
  counts: ReadonlyMap<string, number>,
  optionKeys: readonly string[],
  k: number,
): Suppressible<BarrierFigure> {
  return optionsFigure(suppress({ n: respondents }, k), respondents, optionKeys, counts);
}

function weekly(weeks: WeekCounts, k: number): Suppressible<{ n: number }> {
  return weeklyFigure([...weeks.values()], k);
}

/** One school's activity, under its own k. */
export function activityFigures(
  a: ActivityAggregates,
  optionKeys: readonly string[],
  k: number,
): ActivityFigures {
  const threshold = minGroupSize(k);
  return {
    barriers: barrierFigure(a.barriers.respondents, a.barriers.counts, optionKeys, threshold),
    funnel: Object.fromEntries(
      FUNNEL_STAGES.map((stage) => [stage, weekly(a.funnel[stage], threshold)]),
    ) as ActivityFigures["funnel"],
    sessions: { held: a.sessions.held, joined: weekly(a.sessions.joined, threshold) },
  };
}

function addWeeks(parts: readonly WeekCounts[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const part of parts) {
    for (const [week, n] of part) sum.set(week, (sum.get(week) ?? 0) + n);
  }
  return sum;
}

function addCounts(parts: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  return addWeeks(parts);
}

/**
 * The pooled activity: each figure sums the schools whose own figure is shown (a hidden
 * school never enters, so the pool minus the shown schools reveals nothing), under `strictK`.
 */
export function pooledActivity(
  schools: readonly { aggregates: ActivityAggregates; figures: ActivityFigures }[],
  optionKeys: readonly string[],
  strictK: number,
): ActivityFigures {
  const barrierSchools = schools.filter((s) => !s.figures.barriers.suppressed);
  const funnel = Object.fromEntries(
    FUNNEL_STAGES.map((stage) => {
      const shown = schools.filter((s) => !s.figures.funnel[stage].suppressed);
      return [stage, weekly(addWeeks(shown.map((s) => s.aggregates.funnel[stage])), strictK)];
    }),
  ) as ActivityFigures["funnel"];
  const joinedSchools = schools.filter((s) => !s.figures.sessions.joined.suppressed);
  return {
    barriers: barrierFigure(
      barrierSchools.reduce((sum, s) => sum + s.aggregates.barriers.respondents, 0),
      addCounts(barrierSchools.map((s) => s.aggregates.barriers.counts)),
      optionKeys,
      strictK,
    ),
    funnel,
    sessions: {
      held: schools.reduce((sum, s) => sum + s.aggregates.sessions.held, 0),
      joined: weekly(addWeeks(joinedSchools.map((s) => s.aggregates.sessions.joined)), strictK),
    },
  };
}
