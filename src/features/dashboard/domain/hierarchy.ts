import {
  applySuppression,
  minGroupSize,
  type Suppressed,
  type SuppressionReason,
} from "./anonymity";
import { assertCount } from "./statistics";

/**
 * The sets a coordinator can ask about within one round are nested: the whole round, a
 * programme (its groups together) and a single group. Because they are nested, a shown figure
 * can be subtracted from the one above it: "programme X" minus "group A" gives group B. This
 * decides, for one measure (respondents, one item's answers, free texts...), which of those
 * sets may be shown so that every difference anyone can compute still covers 0 or at least k
 * respondents:
 * - the round is shown when it reaches k;
 * - programmes are a breakdown of the round (respondents in no group stay a hidden remainder);
 * - groups are a breakdown of their programme, and a hidden programme hides all its groups.
 * For a laminar family like this, the recoverable pieces are exactly "a shown set minus its
 * shown children", and applySuppression keeps each of those at 0 or >= k.
 */

/** One group's count for the measure; groupId null counts respondents in no group. */
export interface GroupCount {
  groupId: string | null;
  programme: string;
  n: number;
  /** A group hidden whatever its n (padding, unknown size), protected like one under k. */
  hidden?: SuppressionReason;
}

export type Visibility = { suppressed: false } | Suppressed;

export interface HierarchyVisibility {
  round: Visibility;
  programme(programme: string): Visibility;
  group(groupId: string): Visibility;
}

export type ResultScope =
  | { level: "round" }
  | { level: "programme"; programme: string }
  | { level: "group"; groupId: string };

const SHOWN: Visibility = { suppressed: false };

export function decideVisibility(counts: readonly GroupCount[], k: number): HierarchyVisibility {
  const threshold = minGroupSize(k);
  const hide = (reason: SuppressionReason): Suppressed => ({
    suppressed: true,
    reason,
    k: threshold,
  });

  let total = 0;
  const programmes = new Map<string, number>();
  const groupsByProgramme = new Map<
    string,
    { key: string; n: number; hidden?: SuppressionReason }[]
  >();
  const groupN = new Map<string, number>();
  for (const { groupId, programme, n, hidden } of counts) {
    assertCount(n);
    total += n;
    if (groupId === null) continue;
    if (groupN.has(groupId)) throw new RangeError(`Group "${groupId}" appears twice`);
    groupN.set(groupId, n);
    programmes.set(programme, (programmes.get(programme) ?? 0) + n);
    const siblings = groupsByProgramme.get(programme) ?? [];
    siblings.push(hidden ? { key: groupId, n, hidden } : { key: groupId, n });
    groupsByProgramme.set(programme, siblings);
  }

  const round = total >= threshold ? SHOWN : hide("fewer-than-k");
  const programmeVisibility = new Map<string, Visibility>();
  const groupVisibility = new Map<string, Visibility>();

  // A round under k has every part under k too.
  const programmeCells = round.suppressed
    ? [...programmes].map(([key]) => ({ key, ...hide("fewer-than-k") }))
    : applySuppression(
        [...programmes].map(([key, n]) => ({ key, n })),
        { k: threshold, total },
      );
  for (const cell of programmeCells) {
    const n = programmes.get(cell.key) ?? 0;
    programmeVisibility.set(cell.key, cell.suppressed ? hide(cell.reason) : SHOWN);
    const siblings = groupsByProgramme.get(cell.key) ?? [];
    if (cell.suppressed) {
      // A hidden programme keeps its groups hidden: round - shown sets must stay 0 or >= k.
      for (const g of siblings) {
        groupVisibility.set(
          g.key,
          hide(g.hidden ?? (g.n < threshold ? "fewer-than-k" : "complementary")),
        );
      }
      continue;
    }
    for (const g of applySuppression(siblings, { k: threshold, total: n })) {
      groupVisibility.set(g.key, g.suppressed ? hide(g.reason) : SHOWN);
    }
  }

  return {
    round,
    programme: (programme) => programmeVisibility.get(programme) ?? hide("fewer-than-k"),
    group: (groupId) => groupVisibility.get(groupId) ?? hide("fewer-than-k"),
  };
}

/** The visibility of one scope (the round, a programme or a group). */
export function visibilityOf(decision: HierarchyVisibility, scope: ResultScope): Visibility {
  switch (scope.level) {
    case "round":
      return decision.round;
    case "programme":
      return decision.programme(scope.programme);
    case "group":
      return decision.group(scope.groupId);
  }
}

/** Whether a group's count belongs to a scope. */
export function inScope(
  count: { groupId: string | null; programme: string },
  scope: ResultScope,
): boolean {
  switch (scope.level) {
    case "round":
      return true;
    case "programme":
      return count.groupId !== null && count.programme === scope.programme;
    case "group":
      return count.groupId === scope.groupId;
  }
}

/** Both decisions must show a set: hiding more than either one never reveals anything. */
export function both(a: Visibility, b: Visibility): Visibility {
  if (a.suppressed) return a;
  return b;
}
