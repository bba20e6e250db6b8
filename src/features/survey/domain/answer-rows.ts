import type { SurveyDefinition } from "./definition";
import { kindSpec } from "./item-kinds";
import type { SurveyAnswers } from "./scoring";

export { OPTION_SEPARATOR } from "./item-kinds";

/** One stored Answer: a scale value, a chosen option, or a text. */
export interface AnswerRow {
  itemKey: string;
  value: number | null;
  text: string | null;
}

/**
 * The rows to store for a validated set of answers, each item as its kind stores it (a multi
 * item becomes one row per chosen option). Skipped items store nothing.
 */
export function answerRows(definition: SurveyDefinition, answers: SurveyAnswers): AnswerRow[] {
  return definition.items.flatMap((item) =>
    Object.hasOwn(answers, item.key) ? kindSpec(item.kind).rows(item, answers[item.key]) : [],
  );
}
