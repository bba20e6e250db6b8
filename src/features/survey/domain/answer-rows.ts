import type { SurveyDefinition } from "./definition";
import type { SurveyAnswers } from "./scoring";
import { assertNever } from "@/lib/assert-never";

/** One stored Answer: a scale value, a chosen option, or a text. */
export interface AnswerRow {
  itemKey: string;
  value: number | null;
  text: string | null;
}

/** The separator between a multi item's key and an option's key, e.g. "barriers.language". */
export const OPTION_SEPARATOR = ".";

/**
 * The rows to store for a validated set of answers. A multi item becomes one row per chosen
 * option (item.option, value 1), so results count barriers with the (item_key, value) index
 * instead of parsing lists. Skipped items store nothing.
 */
export function answerRows(definition: SurveyDefinition, answers: SurveyAnswers): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const item of definition.items) {
    if (!Object.hasOwn(answers, item.key)) continue;
    const answer = answers[item.key];
    switch (item.kind) {
      case "scale":
        if (typeof answer === "number") rows.push({ itemKey: item.key, value: answer, text: null });
        break;
      case "multi":
        if (!Array.isArray(answer)) break;
        for (const option of answer as readonly string[]) {
          rows.push({ itemKey: `${item.key}${OPTION_SEPARATOR}${option}`, value: 1, text: null });
        }
        break;
      case "text":
        if (typeof answer === "string" && answer.trim() !== "") {
          rows.push({ itemKey: item.key, value: null, text: answer.trim() });
        }
        break;
      default:
        assertNever(item);
    }
  }
  return rows;
}
