import {
  bandShares,
  meanEstimateFromSummary,
  minGroupSize,
  pairedChange,
  suppress,
  type BandShare,
  type MeanEstimate,
  type PairedChange,
  type ScoreSummary,
  type Suppressible,
} from "@/features/dashboard";
import {
  dersimonianLaird,
  heterogeneityOf,
  type Heterogeneity,
  type RandomEffectsPool,
} from "./meta-analysis";
import {
  activityFigures,
  pooledActivity,
  type ActivityAggregates,
  type ActivityFigures,
} from "./school-activity";
import {
  armFigures,
  pooledArms,
  type Arm,
  type ArmAggregates,
  type ArmFigures,
  type PooledArm,
} from "./study-arms";

/**
 * The network report: every member school side by side, and pooled. Each school's figures
 * follow its own k; a pooled figure follows the strictest k of the schools it pools. Only
 * schools whose own figure is shown enter a pool, so no pooled figure minus the shown schools
 * can reveal a hidden school. A hidden school stays in the table, marked "fewer than k".
 */

/** What the database gives for one member school's rounds (aggregates only). */
export interface SchoolAggregates {
  institutionId: string;
  name: string;
  country: string;
  /** The school's own k setting (made safe by minGroupSize). */
  minGroupSize: number;
  /** The baseline round's name, or null when the school has no baseline round yet. */
  baselineRound: string | null;
  followUpRound: string | null;
  /** Sum of the expected sizes of the baseline round's groups (null when none is known). */
  expected: number | null;
  /** Responses to the baseline round, and the score summary of those with a score. */
  responses: number;
  scores: ScoreSummary;
  bands: { LOW: number; MID: number; HIGH: number };
  /** Follow-up minus baseline score of participants who answered both. */
  differences: ScoreSummary | null;
  /** Barriers, pathway funnel and classroom sessions (none when left out). */
  activity?: ActivityAggregates;
  /**
   * More answers in no group than the places the round's groups leave (baseline or
   * follow-up): made-up answers may be among them, so no figure drawn from answers is shown.
   */
  padded?: boolean;
  /** The baseline's intervention and comparison groups (none when no group is marked). */
  arms?: Partial<Record<Arm, ArmAggregates>>;
}

export interface Participation {
  n: number;
  expected: number | null;
  /** n / expected, 0-1 (above 1 means more answers than expected students). */
  rate: number | null;
}

export interface Belonging extends MeanEstimate {
  bands: BandShare[];
}

export interface SchoolReport {
  institutionId: string;
  name: string;
  country: string;
  k: number;
  baselineRound: string | null;
  followUpRound: string | null;
  participation: Suppressible<Participation>;
  belonging: Suppressible<Belonging>;
  /** null when the school has no follow-up round linked to its baseline. */
  change: Suppressible<PairedChange> | null;
  activity: ActivityFigures;
  arms: ArmFigures;
}

export interface PooledChange extends RandomEffectsPool {
  /** Participants with both answers, over the pooled schools. */
  n: number;
  heterogeneity: Heterogeneity | null;
}

export interface NetworkReport {
  schools: SchoolReport[];
  /** The strictest (largest) k among the member schools: the threshold of every pooled figure. */
  k: number;
  pooled: {
    schools: number;
    participation: Suppressible<Participation>;
    belonging: Suppressible<Belonging>;
    change: Suppressible<PooledChange> | null;
    activity: ActivityFigures;
    arms: Record<Arm, PooledArm>;
  };
  /** The barrier options in the survey's order (labels come from the survey). */
  barrierOptions: readonly string[];
}

const NO_ACTIVITY: ActivityAggregates = {
  barriers: { respondents: 0, counts: new Map() },
  funnel: { invited: new Map(), started: new Map(), finished: new Map(), adviceWritten: new Map() },
  sessions: { held: 0, joined: new Map() },
};

function participation(n: number, expected: number | null): Participation {
  return { n, expected, rate: expected && expected > 0 ? n / expected : null };
}

function belonging(scores: ScoreSummary, bands: SchoolAggregates["bands"]): Belonging {
  return { ...meanEstimateFromSummary(scores), bands: bandShares(bands).bands };
}

/** Count, mean and SD of several summaries together (the pooled-variance identity). */
export function combineSummaries(parts: readonly ScoreSummary[]): ScoreSummary {
  const withData = parts.filter((p) => p.n > 0 && p.mean !== null);
  const n = withData.reduce((s, p) => s + p.n, 0);
  if (n === 0) return { n: 0, mean: null, sd: null };
  const m = withData.reduce((s, p) => s + p.n * p.mean!, 0) / n;
  if (n < 2) return { n, mean: m, sd: null };
  const within = withData.reduce((s, p) => s + (p.n - 1) * (p.sd ?? 0) ** 2, 0);
  const between = withData.reduce((s, p) => s + p.n * (p.mean! - m) ** 2, 0);
  return { n, mean: m, sd: Math.sqrt((within + between) / (n - 1)) };
}

function reportSchool(s: SchoolAggregates, barrierOptions: readonly string[]): SchoolReport {
  const k = minGroupSize(s.minGroupSize);
  if (s.padded) return paddedSchool(s, barrierOptions, k);
  return {
    institutionId: s.institutionId,
    name: s.name,
    country: s.country,
    k,
    baselineRound: s.baselineRound,
    followUpRound: s.followUpRound,
    participation: suppress(participation(s.responses, s.expected), k),
    belonging: suppress(belonging(s.scores, s.bands), k),
    change: s.differences ? suppress(pairedChange(s.differences), k) : null,
    activity: activityFigures(s.activity ?? NO_ACTIVITY, barrierOptions, k),
    arms: armFigures(
      s.arms ?? {},
      { responses: s.scores.n, pairs: s.differences ? s.differences.n : null },
      k,
    ),
  };
}

/** A padded school stays in the table, every figure from its answers hidden with the reason. */
function paddedSchool(
  s: SchoolAggregates,
  barrierOptions: readonly string[],
  k: number,
): SchoolReport {
  const hidden = { suppressed: true, reason: "padding", k } as const;
  const activity = activityFigures(s.activity ?? NO_ACTIVITY, barrierOptions, k);
  return {
    institutionId: s.institutionId,
    name: s.name,
    country: s.country,
    k,
    baselineRound: s.baselineRound,
    followUpRound: s.followUpRound,
    participation: hidden,
    belonging: hidden,
    change: s.differences ? hidden : null,
    activity: { ...activity, barriers: hidden },
    arms: armFigures({}, { responses: 0, pairs: null }, k),
  };
}

export function buildNetworkReport(
  schools: readonly SchoolAggregates[],
  barrierOptions: readonly string[] = [],
): NetworkReport {
  const reports = schools.map((s) => reportSchool(s, barrierOptions));
  // No school yet: the default k, so an empty network still promises something.
  const strictK = reports.length > 0 ? Math.max(...reports.map((r) => r.k)) : minGroupSize(null);
  const shown = schools.filter((_, i) => !reports[i]!.belonging.suppressed);

  const pooledParticipation = participation(
    shown.reduce((sum, s) => sum + s.responses, 0),
    shown.every((s) => s.expected !== null) && shown.length > 0
      ? shown.reduce((sum, s) => sum + (s.expected ?? 0), 0)
      : null,
  );
  const pooledBands = { LOW: 0, MID: 0, HIGH: 0 };
  for (const s of shown) {
    pooledBands.LOW += s.bands.LOW;
    pooledBands.MID += s.bands.MID;
    pooledBands.HIGH += s.bands.HIGH;
  }
  const pooledBelonging = belonging(combineSummaries(shown.map((s) => s.scores)), pooledBands);

  // Only schools whose own change is shown and has a spread can be weighted in the pool.
  const changes = reports
    .map((r) => r.change)
    .filter((c): c is PairedChange & { suppressed: false } => !!c && !c.suppressed)
    .filter((c) => c.meanDifference !== null && c.sdDifference !== null && c.sdDifference > 0);
  const pool = dersimonianLaird(
    changes.map((c) => ({ estimate: c.meanDifference!, variance: c.sdDifference! ** 2 / c.n })),
  );
  const pooledChange: Suppressible<PooledChange> | null = pool
    ? suppress(
        {
          ...pool,
          n: changes.reduce((sum, c) => sum + c.n, 0),
          heterogeneity: heterogeneityOf(pool.i2),
        },
        strictK,
      )
    : null;

  return {
    schools: reports,
    k: strictK,
    pooled: {
      schools: shown.length,
      participation: suppress(pooledParticipation, strictK),
      belonging: suppress(pooledBelonging, strictK),
      change: pooledChange,
      activity: pooledActivity(
        schools.map((s, i) => ({
          aggregates: s.activity ?? NO_ACTIVITY,
          figures: reports[i]!.activity,
        })),
        barrierOptions,
        strictK,
      ),
      arms: pooledArms(
        schools.map((s, i) => ({ arms: s.arms ?? {}, figures: reports[i]!.arms })),
        strictK,
        combineSummaries,
      ),
    },
    barrierOptions,
  };
}
