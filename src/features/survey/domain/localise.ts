import type { Locale } from "@/i18n/locales";
import type { SurveyDefinition } from "./definition";
import { kindSpec, type LocalisedParts } from "./item-kinds";
import type { ItemKind } from "./item-schemas";

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

/** A question of one kind, as the phone draws it. */
export type LocalisedQuestionOf<K extends ItemKind> = QuestionBase & {
  kind: K;
} & LocalisedParts[K];

export type LocalisedQuestion = { [K in ItemKind]: LocalisedQuestionOf<K> }[ItemKind];

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
      // The kind's own parts make the variant of that kind; TypeScript cannot follow the pairing.
      return {
        ...base,
        kind: item.kind,
        ...kindSpec(item.kind).localise(definition, item, locale),
      } as LocalisedQuestion;
    }),
  };
}
