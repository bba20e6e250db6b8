// Reads a SafeguardingFlag's trigger ("advice:self-harm,bullying", written by the advice
// feature's flagTrigger) back into parts staff can read in their language. Triggers stored
// before a category existed, or in an older shape, come back as `other` and are shown as stored.
import { CONCERN_CATEGORIES, type ConcernCategory } from "./lists";

export interface ReadTrigger {
  categories: ConcernCategory[];
  /** Parts that are not a known category, shown as written. */
  other: string[];
}

const isCategory = (value: string): value is ConcernCategory =>
  (CONCERN_CATEGORIES as readonly string[]).includes(value);

export function readFlagTrigger(trigger: string): ReadTrigger {
  const colon = trigger.indexOf(":");
  const parts = (colon < 0 ? trigger : trigger.slice(colon + 1))
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const categories = CONCERN_CATEGORIES.filter((c) => parts.includes(c));
  return { categories, other: parts.filter((p) => !isCategory(p)) };
}
