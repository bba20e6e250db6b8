import "server-only";
import { matchConcerns } from "@/features/safeguarding/server";
import { AppError, type FieldError } from "@/lib/http";
import { checkText } from "../../domain/local-checks";
import { bodyOf, type LocalStoryFacts, type LocalStoryTextInput } from "../../domain/local-text";

export type PublishProblem =
  | "noSourceText"
  | "missingElements"
  | "length"
  | "title"
  | "teaser"
  | "firstPerson"
  | "names"
  | "safeguarding"
  | "needsUpdate";

export interface StoredText extends LocalStoryTextInput {
  needsUpdate: boolean;
}

/**
 * Why a story may not go to students yet: the same rules as the shipped stories (all five
 * elements, their length, first person), the name rule, a safeguarding scan of every text (a
 * story that reads like a disclosure is a matter for a person, not for publishing), and no
 * translation left behind its source.
 */
export function publishProblems(
  sourceLocale: string,
  facts: LocalStoryFacts,
  texts: readonly StoredText[],
): FieldError[] {
  const problems: FieldError[] = [];
  const add = (locale: string, problem: PublishProblem, message: string) =>
    problems.push({ field: `${locale}.${problem}`, message });
  if (!texts.some((t) => t.locale === sourceLocale))
    add(sourceLocale, "noSourceText", "The story has no text in its source language.");
  for (const text of texts) {
    const checks = checkText(text, facts);
    if (checks.missingElements.length)
      add(text.locale, "missingElements", `Missing: ${checks.missingElements.join(", ")}.`);
    if (!checks.lengthOk) add(text.locale, "length", `${checks.wordCount} words.`);
    if (!checks.titleOk) add(text.locale, "title", "The title's length is outside the limits.");
    if (!checks.teaserOk) add(text.locale, "teaser", "The teaser's length is outside the limits.");
    if (!checks.firstPerson)
      add(text.locale, "firstPerson", "The story is not in the first person.");
    if (checks.possibleNames.length)
      add(text.locale, "names", `Possible names: ${checks.possibleNames.join(", ")}.`);
    const concerns = matchConcerns(`${text.title}\n${text.teaser}\n${bodyOf(text)}`);
    if (concerns.flagged)
      add(text.locale, "safeguarding", `Safeguarding concerns: ${concerns.categories.join(", ")}.`);
    if (text.needsUpdate)
      add(text.locale, "needsUpdate", "This translation is older than the source text.");
  }
  return problems;
}

export function assertPublishable(
  sourceLocale: string,
  facts: LocalStoryFacts,
  texts: readonly StoredText[],
): void {
  const fields = publishProblems(sourceLocale, facts, texts);
  if (fields.length)
    throw new AppError("validation_failed", "The story is not ready for students yet.", { fields });
}
