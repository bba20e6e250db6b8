import type { Locale } from "@/i18n/locales";
import type { SurveyDefinition } from "./definition";
import { assertNever } from "@/lib/assert-never";

/**
 * A survey in one language, with only what the student's page needs: no sources, no scoring,
 * no other languages. This is what the server hands to the phone.
 */
export interface LocalisedSurvey {
  key: string;
  title: string;
  intro: string;
  minutes: number;
  questions: LocalisedQuestion[];
}

interface QuestionBase {
  key: string;
  text: string;
  hint?: string;
}

export type LocalisedQuestion =
  | (QuestionBase & { kind: "scale"; points: { value: number; label: string }[] })
  | (QuestionBase & {
      kind: "multi";
      maxChoices: number;
      options: { key: string; label: string; exclusive: boolean }[];
    })
  | (QuestionBase & { kind: "text"; maxLength: number });

/** Who students can talk to at school, in the language the school wrote it in. */
export interface HelpContacts {
  text: string;
  locale: string;
}

export function localiseSurvey(definition: SurveyDefinition, locale: Locale): LocalisedSurvey {
  return {
    key: definition.key,
    title: definition.title[locale],
    intro: definition.intro[locale],
    minutes: definition.minutes,
    questions: definition.items.map((item): LocalisedQuestion => {
      const base: QuestionBase = {
        key: item.key,
        text: item.text[locale],
        ...(item.hint ? { hint: item.hint[locale] } : {}),
      };
      switch (item.kind) {
        case "scale":
          return {
            ...base,
            kind: "scale",
            points: (definition.scales[item.scale]?.points ?? []).map((point) => ({
              value: point.value,
              label: point.label[locale],
            })),
          };
        case "multi":
          return {
            ...base,
            kind: "multi",
            maxChoices: item.maxChoices,
            options: item.options.map((option) => ({
              key: option.key,
              label: option.label[locale],
              exclusive: option.exclusive,
            })),
          };
        case "text":
          return { ...base, kind: "text", maxLength: item.maxLength };
        default:
          return assertNever(item);
      }
    }),
  };
}
