// What a SafeguardingFlag records as its trigger: where the text was written and the concern
// categories that matched, e.g. "advice:self-harm,danger". Never the text, never who wrote it:
// advice is read in moderation through the flag's adviceId; a reflection stays private, so its
// flag only tells the school that one of its students may need support; so does a survey's
// free-text answer (its text shows only in results of at least minFreeTextSize answers).
export type FlaggedWriting = "advice" | "reflection" | "survey";

export function flagTrigger(kind: FlaggedWriting, categories: readonly string[]): string {
  return `${kind}:${[...new Set(categories)].join(",")}`;
}
