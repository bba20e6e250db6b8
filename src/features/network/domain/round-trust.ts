// Whether a round's answers in no group can be trusted, by the dashboard's rule: they count
// only while they fit in the places its trusted groups leave (expected size − answers). Beyond
// that, made-up answers may be among them, and no figure of the round can be shown.
import { groupDistrust, ungroupedPadding } from "@/features/dashboard";

export interface RoundGroupCount {
  expectedSize: number | null;
  responses: number;
}

export function roundPadded(groups: readonly RoundGroupCount[], ungrouped: number): boolean {
  return ungroupedPadding(
    ungrouped,
    groups.filter((g) => !groupDistrust(g.responses, g.expectedSize)),
  );
}

/** The sum of the groups' expected sizes; null when any group's is unknown (a part would mislead). */
export function expectedOfRound(groups: readonly RoundGroupCount[]): number | null {
  if (groups.length === 0 || groups.some((g) => g.expectedSize === null)) return null;
  return groups.reduce((sum, g) => sum + (g.expectedSize ?? 0), 0);
}
