import {
  meanEstimateFromSummary,
  minGroupSize,
  pairedChange,
  safeRemainder,
  type MeanEstimate,
  type PairedChange,
  type ScoreSummary,
  type Suppressed,
  type Suppressible,
} from "@/features/dashboard";
import { dersimonianLaird, type RandomEffectsPool } from "./meta-analysis";

/**
 * Intervention against comparison groups: each arm's mean belonging (baseline) and paired
 * change, per school and pooled. An arm needs k students of its own; and since the school's
 * own figure is shown beside its arms, the arms are shown only together and only when the
 * students in neither arm (the school minus both arms) are 0 or at least k. Otherwise both
 * arms are hidden, so no arm can be had by subtraction (complementary suppression).
 */

export const ARMS = ["INTERVENTION", "COMPARISON"] as const;
export type Arm = (typeof ARMS)[number];

export interface ArmAggregates {
  /** Baseline scores of the arm's students. */
  scores: ScoreSummary;
  /** Follow-up minus baseline of the arm's students who answered both (null: no follow-up). */
  differences: ScoreSummary | null;
}

export type ArmFigures = Record<
  Arm,
  { belonging: Suppressible<MeanEstimate>; change: Suppressible<PairedChange> | null }
>;

export interface PooledArm {
  belonging: Suppressible<MeanEstimate>;
  change: Suppressible<RandomEffectsPool & { n: number }> | null;
}

const EMPTY: ArmAggregates = { scores: { n: 0, mean: null, sd: null }, differences: null };

/** An arm's figure hidden: under k itself, or to keep another arm from being derived. */
function hidden(n: number, k: number): Suppressed {
  return { suppressed: true, reason: n < k ? "fewer-than-k" : "complementary", k };
}

/**
 * One figure per arm, both shown or both hidden: `total` is the school's own figure's n (shown
 * beside them), `ns` each arm's n.
 */
function armsShown(total: number, ns: readonly number[], k: number): boolean {
  const rest = total - ns.reduce((s, n) => s + n, 0);
  return ns.every((n) => n >= k) && rest >= 0 && safeRemainder(rest, k);
}

/** One school's arms under its own k; `total` and `pairs` are its own figures' n. */
export function armFigures(
  arms: Partial<Record<Arm, ArmAggregates>>,
  totals: { responses: number; pairs: number | null },
  kSetting: number,
): ArmFigures {
  const k = minGroupSize(kSetting);
  const of = (arm: Arm) => arms[arm] ?? EMPTY;
  const belongingShown = armsShown(
    totals.responses,
    ARMS.map((a) => of(a).scores.n),
    k,
  );
  const hasChange = totals.pairs !== null;
  const changeShown =
    hasChange &&
    armsShown(
      totals.pairs!,
      ARMS.map((a) => of(a).differences?.n ?? 0),
      k,
    );
  const entry = (arm: Arm) => {
    const { scores, differences } = of(arm);
    return {
      belonging: belongingShown
        ? { ...meanEstimateFromSummary(scores), suppressed: false as const }
        : hidden(scores.n, k),
      change: !hasChange
        ? null
        : changeShown
          ? { ...pairedChange(differences!), suppressed: false as const }
          : hidden(differences?.n ?? 0, k),
    };
  };
  return { INTERVENTION: entry("INTERVENTION"), COMPARISON: entry("COMPARISON") };
}

/** Count, mean and SD of several summaries together (the pooled-variance identity). */
type Combine = (parts: readonly ScoreSummary[]) => ScoreSummary;

/** Each arm pooled over the schools whose arms are shown, under the strictest k. */
export function pooledArms(
  schools: readonly { arms: Partial<Record<Arm, ArmAggregates>>; figures: ArmFigures }[],
  strictK: number,
  combine: Combine,
): Record<Arm, PooledArm> {
  const k = minGroupSize(strictK);
  const pool = (arm: Arm): PooledArm => {
    const shown = schools.filter((s) => !s.figures[arm].belonging.suppressed);
    const scores = combine(shown.map((s) => s.arms[arm]?.scores ?? EMPTY.scores));
    const changes = schools
      .map((s) => s.figures[arm].change)
      .filter((c): c is PairedChange & { suppressed: false } => !!c && !c.suppressed)
      .filter((c) => c.meanDifference !== null && c.sdDifference !== null && c.sdDifference > 0);
    const re = dersimonianLaird(
      changes.map((c) => ({ estimate: c.meanDifference!, variance: c.sdDifference! ** 2 / c.n })),
    );
    const n = changes.reduce((sum, c) => sum + c.n, 0);
    return {
      belonging:
        scores.n >= k
          ? { ...meanEstimateFromSummary(scores), suppressed: false }
          : { suppressed: true, reason: "fewer-than-k", k },
      change: re
        ? n >= k
          ? { ...re, n, suppressed: false }
          : { suppressed: true, reason: "fewer-than-k", k }
        : null,
    };
  };
  return { INTERVENTION: pool("INTERVENTION"), COMPARISON: pool("COMPARISON") };
}
