import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { Suppressible } from "../domain/anonymity";
import {
  pairedChange,
  unpairedChange,
  type PairedChange,
  type UnpairedChange,
} from "../domain/effect-sizes";
import { both, visibilityOf, type ResultScope, type Visibility } from "../domain/hierarchy";
import { pairedChangeShowable, resultsPublished } from "../domain/disclosure";
import { describeChange, type ChangeDescription } from "../domain/plain-language";
import { decideFor, groupsInScope, hiddenCopy, type GroupInfo } from "../domain/round-figures";
import { roundResultsFilterSchema, type RoundResultsFilter } from "../schemas";
import { authorize, type StaffContext } from "@/features/access/server";
import { pairedChanges, type PairedRow } from "./queries/paired-changes";
import { rowFor, scoreSummaries, type ScoreSummaryRow } from "./queries/score-summaries";
import { responseCounts, whileUnchanged } from "./round-summaries";
import {
  anonymitySettings,
  findRound,
  groupsState,
  resolveScope,
  roundGroups,
} from "./round-scope";

export interface ChangeFigure {
  change: PairedChange | UnpairedChange;
  description: ChangeDescription;
}

export interface BeforeAfter {
  followUp: Awaited<ReturnType<typeof findRound>>;
  baseline: Awaited<ReturnType<typeof findRound>>;
  k: number;
  scope: ResultScope;
  change: Suppressible<ChangeFigure>;
  groups: { key: string; name: string; programme: string; change: Suppressible<ChangeFigure> }[];
}

/** Everything one round needs for its side of the comparison. */
interface RoundSide {
  groups: GroupInfo[];
  summaries: ScoreSummaryRow[];
  scored: ReturnType<typeof decideFor>;
  responses: ReturnType<typeof decideFor>;
}

/**
 * A follow-up round against its baseline, for the round, a programme or a group: paired by
 * participant when at least k took part in both (mean change, Cohen's d_z), otherwise the two
 * rounds' respondents compared as they are (Hedges' g). Null when the round has no baseline.
 */
export async function getBeforeAfter(
  ctx: StaffContext,
  input: RoundResultsFilter,
): Promise<BeforeAfter | null> {
  authorize(ctx, "results:read");
  const filter = roundResultsFilterSchema.parse(input);
  const db = await getDb();
  const { institutionId } = ctx;
  const [{ k }, followUp] = await Promise.all([
    anonymitySettings(db, institutionId),
    findRound(db, institutionId, filter.roundId),
  ]);
  if (!followUp.baselineId) return null;
  const roundIds = [followUp.id, followUp.baselineId];
  const [baseline, counts, groups] = await Promise.all([
    findRound(db, institutionId, followUp.baselineId),
    responseCounts(db, institutionId, roundIds),
    groupsState(db, institutionId, roundIds),
  ]);
  const now = new Date();
  // The comparison follows from these alone (responses are only added or deleted, which moves
  // a count; a round's closing moves its published flag): reused while none of them changed.
  const version = JSON.stringify([
    k,
    followUp,
    baseline,
    [followUp, baseline].map((round) => resultsPublished(round, now)),
    [...counts],
    groups,
  ]);
  return whileUnchanged(
    `change-view:${institutionId}:${followUp.id}:${JSON.stringify(filter)}`,
    version,
    () => compareRounds(db, { institutionId, k, followUp, baseline, counts, filter }),
  );
}

/** The comparison of a follow-up with its baseline, for the scope the filter asks for. */
async function compareRounds(
  db: Db,
  {
    institutionId,
    k,
    followUp,
    baseline,
    counts,
    filter,
  }: {
    institutionId: string;
    k: number;
    followUp: BeforeAfter["followUp"];
    baseline: BeforeAfter["baseline"];
    counts: Map<string, number>;
    filter: RoundResultsFilter;
  },
): Promise<BeforeAfter> {
  const [followGroups, baseGroups] = await Promise.all([
    roundGroups(db, institutionId, followUp.id),
    roundGroups(db, institutionId, baseline.id),
  ]);
  // Both rounds' sums and the pairs are reused while neither round's data changed.
  const { summaries, pairedRows } = await whileUnchanged(
    `change:${institutionId}:${followUp.id}:${baseline.id}`,
    JSON.stringify([[...counts], followGroups, baseGroups]),
    async () => {
      const [summaries, pairedRows] = await Promise.all([
        scoreSummaries(db, institutionId, [followUp.id, baseline.id]),
        pairedChanges(db, institutionId, followUp.id, baseline.id),
      ]);
      return { summaries, pairedRows };
    },
  );
  const scope = resolveScope(followGroups, filter);
  const side = (groups: GroupInfo[], roundId: string): RoundSide => {
    const rows = summaries.filter((r) => r.roundId === roundId);
    const groupRows = rows.filter((r) => r.level === "group");
    return {
      groups,
      summaries: rows,
      scored: decideFor(
        groups,
        groupRows.map((r) => ({ groupId: r.groupId, n: r.scored })),
        k,
      ),
      responses: decideFor(
        groups,
        groupRows.map((r) => ({ groupId: r.groupId, n: r.responses })),
        k,
      ),
    };
  };
  const after = side(followGroups, followUp.id);
  const before = side(baseGroups, baseline.id);
  const paired = decideFor(
    followGroups,
    pairedRows.filter((r) => r.level === "group").map((r) => ({ groupId: r.groupId, n: r.n })),
    k,
  );

  // Both rounds' figures are published only once closed: a change is no different.
  const open = [followUp, baseline].some((round) => !resultsPublished(round));
  const changeFor = (target: ResultScope): Suppressible<ChangeFigure> =>
    open
      ? { suppressed: true, reason: "round-open", k }
      : changeIn(target, { before, after, paired, pairedRows, k });
  return {
    followUp,
    baseline,
    k,
    scope,
    change: changeFor(scope),
    groups: groupsInScope(followGroups, scope).map((g) => ({
      key: g.id,
      name: g.name,
      programme: g.programme,
      change: changeFor({ level: "group", groupId: g.id }),
    })),
  };
}

function changeIn(
  scope: ResultScope,
  data: {
    before: RoundSide;
    after: RoundSide;
    paired: ReturnType<typeof decideFor>;
    pairedRows: PairedRow[];
    k: number;
  },
): Suppressible<ChangeFigure> {
  const { before, after } = data;
  const seenAfter = both(visibilityOf(after.responses, scope), visibilityOf(after.scored, scope));
  const pairedSeen = both(seenAfter, visibilityOf(data.paired, scope));
  const pairedRow = rowFor(data.pairedRows, scope);
  const a = rowFor(after.summaries, scope);
  const b = rowFor(before.summaries, scope);
  // Each round's own figure minus the pairs would leave its unpaired students: the pairs are
  // shown only when both remainders are 0 or at least k (else the unpaired comparison is).
  const remaindersSafe =
    pairedRow !== undefined &&
    pairedChangeShowable(
      { paired: pairedRow.n, before: b?.scored ?? 0, after: a?.scored ?? 0 },
      data.k,
    );
  if (!pairedSeen.suppressed && pairedRow && remaindersSafe) {
    return shown(pairedChange({ n: pairedRow.n, mean: pairedRow.mean, sd: pairedRow.sd }));
  }
  const seenBefore: Visibility = inRound(before.groups, scope)
    ? both(visibilityOf(before.responses, scope), visibilityOf(before.scored, scope))
    : { suppressed: true, reason: "fewer-than-k", k: data.k };
  const unpairedSeen = both(seenAfter, seenBefore);
  if (unpairedSeen.suppressed) return hiddenCopy(unpairedSeen);
  if (!a || !b) throw new Error("A shown comparison needs both rounds' summaries");
  return shown(
    unpairedChange(
      { n: b.scored, mean: b.mean, sd: b.sd },
      { n: a.scored, mean: a.mean, sd: a.sd },
    ),
  );
}

function shown(change: PairedChange | UnpairedChange): Suppressible<ChangeFigure> {
  const description = describeChange(change);
  if (!description) throw new Error("A shown change needs respondents in both rounds");
  return { suppressed: false, change, description };
}

/** Whether a scope exists in a round: a group or programme the baseline never had does not. */
function inRound(groups: readonly GroupInfo[], scope: ResultScope): boolean {
  return scope.level === "round" || groupsInScope(groups, scope).length > 0;
}
