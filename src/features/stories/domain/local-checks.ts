// The live checks of the guided editor, the same on the author's screen as on the server that
// refuses to publish: every element there, the length of the shipped stories, first person,
// the name rule, and a reading-level estimate (advice only: a formula cannot read).
import { countWords, MAX_WORDS, MIN_WORDS } from "./story-terms";
import { isFirstPerson } from "./first-person";
import { possibleNames } from "./names";
import { estimateReadability, type ReadabilityEstimate } from "./readability";
import {
  bodyOf,
  elementParagraphs,
  STORY_ELEMENTS,
  type LocalStoryFacts,
  type LocalStoryTextInput,
  type StoryElement,
} from "./local-text";

export const TITLE_LIMITS = { min: 3, max: 80 } as const;
export const TEASER_LIMITS = { min: 10, max: 160 } as const;
/** An element shorter than this is a sketch, not yet a part of a story. */
export const ELEMENT_MIN_WORDS = 20;

export interface TextChecks {
  wordCount: number;
  /** Elements with no text, or too little to be one. */
  missingElements: StoryElement[];
  lengthOk: boolean;
  titleOk: boolean;
  teaserOk: boolean;
  firstPerson: boolean;
  /** Words that may be real people's names (see names.ts). */
  possibleNames: string[];
  readability: ReadabilityEstimate;
  /** Whether everything that blocks publishing passes (readability only advises). */
  ready: boolean;
}

export function checkText(text: LocalStoryTextInput, facts: LocalStoryFacts): TextChecks {
  const body = bodyOf(text);
  const wordCount = countWords(body);
  const missingElements = STORY_ELEMENTS.filter(
    (e) => countWords(elementParagraphs(text, e).join(" ")) < ELEMENT_MIN_WORDS,
  );
  const title = text.title.trim().length;
  const teaser = text.teaser.trim().length;
  const checks = {
    wordCount,
    missingElements,
    lengthOk: wordCount >= MIN_WORDS && wordCount <= MAX_WORDS,
    titleOk: title >= TITLE_LIMITS.min && title <= TITLE_LIMITS.max,
    teaserOk: teaser >= TEASER_LIMITS.min && teaser <= TEASER_LIMITS.max,
    firstPerson: isFirstPerson(body, text.locale),
    possibleNames: possibleNames(`${text.title}\n${text.teaser}\n${body}`, facts),
    readability: estimateReadability(body, text.locale),
  };
  return {
    ...checks,
    ready:
      checks.missingElements.length === 0 &&
      checks.lengthOk &&
      checks.titleOk &&
      checks.teaserOk &&
      checks.firstPerson &&
      checks.possibleNames.length === 0,
  };
}

/** Minutes to read at about 150 words a minute (slower readers), 1-5 like the shipped ones. */
export function readingMinutes(wordCount: number): number {
  return Math.min(5, Math.max(1, Math.round(wordCount / 150)));
}
