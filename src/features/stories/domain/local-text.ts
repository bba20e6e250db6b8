// A local story's text in one locale, as the guided editor holds it: title, teaser and one
// field per element of the five (DESIGN.md), in the intervention's order.
import { STORY_ELEMENTS, type StoryElement } from "./story-terms";

export { STORY_ELEMENTS, type StoryElement };

/** The database column (and form field) of each element. */
export const ELEMENT_FIELD = {
  transition: "transition",
  worry: "worry",
  "others-too": "othersToo",
  strategy: "strategy",
  change: "change",
} as const satisfies Record<StoryElement, string>;

export type ElementField = (typeof ELEMENT_FIELD)[StoryElement];

export interface LocalStoryTextInput {
  locale: string;
  title: string;
  teaser: string;
  transition: string;
  worry: string;
  othersToo: string;
  strategy: string;
  change: string;
}

/** Who tells the story and whether the real student agreed (see names.ts). */
export interface LocalStoryFacts {
  speakerName: string;
  speakerAge: number;
  programme: string;
  nameConsent: boolean;
  /** Capitalised words in the text that the author says are places or things, not people. */
  properNouns: string[];
}

/** The body of a text: each element's paragraphs (blank lines split them). */
export function elementParagraphs(text: LocalStoryTextInput, element: StoryElement): string[] {
  return text[ELEMENT_FIELD[element]]
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

export function bodyOf(text: LocalStoryTextInput): string {
  return STORY_ELEMENTS.flatMap((e) => elementParagraphs(text, e)).join("\n\n");
}
