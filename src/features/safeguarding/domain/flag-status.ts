import type { FlagStatusName } from "../schemas";

/** The order a flag moves through; it never goes back. */
const ORDER: Record<FlagStatusName, number> = { NEW: 0, ACKNOWLEDGED: 1, RESOLVED: 2 };

/** Whether a flag may move from one status to another: only forward, never to itself. */
export function canAdvance(from: FlagStatusName, to: FlagStatusName): boolean {
  return ORDER[to] > ORDER[from];
}

/** The statuses a flag may be in to move to `to`. */
export function statusesBefore(to: FlagStatusName): FlagStatusName[] {
  return (Object.keys(ORDER) as FlagStatusName[]).filter((from) => canAdvance(from, to));
}
