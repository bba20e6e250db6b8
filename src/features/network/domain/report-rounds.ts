// Which of a school's closed rounds the network report reads. Schools that adopted the network's
// shared rounds are compared on those (the same survey, days and baseline everywhere); a school
// that adopted none keeps its own latest rounds.

export interface ReportRound {
  id: string;
  institutionId: string;
  kind: "BASELINE" | "FOLLOW_UP" | "PULSE";
  baselineId: string | null;
  /** The network's shared round this round adopts, or null. */
  networkRoundId: string | null;
}

export interface SharedRoundRef {
  id: string;
  kind: "BASELINE" | "FOLLOW_UP" | "PULSE";
  baselineId: string | null;
}

export interface PickedRounds<R> {
  baseline: R;
  followUp: R | null;
}

/**
 * Per school, the baseline (and the follow-up compared with it) the report shows.
 * `rounds` are the schools' closed rounds, newest first; `shared` this network's shared rounds,
 * newest first. First the newest shared follow-up any school adopted with its baseline: every
 * school that did is shown on that pair. Then its shared baseline (or, without a shared
 * follow-up, the newest adopted shared baseline), with the school's own follow-up of it if any.
 * Every other school: its latest follow-up with a baseline, else its latest baseline.
 */
export function pickReportRounds<R extends ReportRound>(
  rounds: readonly R[],
  shared: readonly SharedRoundRef[],
): Map<string, PickedRounds<R>> {
  const byId = new Map(rounds.map((r) => [r.id, r]));
  const picked = new Map<string, PickedRounds<R>>();
  const baselineOf = (round: R) => (round.baselineId ? byId.get(round.baselineId) : undefined);
  const adoptions = (networkRoundId: string) =>
    rounds.filter((r) => r.networkRoundId === networkRoundId);

  // A school's follow-up of a shared follow-up, paired with its adoption of the shared baseline.
  const sharedPair = (followUp: R, sharedRound: SharedRoundRef) => {
    const baseline = baselineOf(followUp);
    return sharedRound.baselineId && baseline?.networkRoundId === sharedRound.baselineId
      ? baseline
      : undefined;
  };
  const sharedFollowUp = shared.find(
    (s) => s.kind === "FOLLOW_UP" && adoptions(s.id).some((r) => sharedPair(r, s)),
  );
  if (sharedFollowUp) {
    for (const followUp of adoptions(sharedFollowUp.id)) {
      const baseline = sharedPair(followUp, sharedFollowUp);
      if (baseline) picked.set(followUp.institutionId, { baseline, followUp });
    }
  }

  const sharedBaselineId =
    sharedFollowUp?.baselineId ??
    shared.find((s) => s.kind === "BASELINE" && adoptions(s.id).length > 0)?.id;
  for (const baseline of sharedBaselineId ? adoptions(sharedBaselineId) : []) {
    if (picked.has(baseline.institutionId) || baseline.kind !== "BASELINE") continue;
    const followUp = rounds.find((r) => r.kind === "FOLLOW_UP" && r.baselineId === baseline.id);
    picked.set(baseline.institutionId, { baseline, followUp: followUp ?? null });
  }

  for (const round of rounds) {
    if (picked.has(round.institutionId)) continue;
    const baseline = baselineOf(round);
    if (round.kind === "FOLLOW_UP" && baseline) {
      picked.set(round.institutionId, { baseline, followUp: round });
    }
  }
  for (const round of rounds) {
    if (!picked.has(round.institutionId) && round.kind === "BASELINE") {
      picked.set(round.institutionId, { baseline: round, followUp: null });
    }
  }
  return picked;
}
