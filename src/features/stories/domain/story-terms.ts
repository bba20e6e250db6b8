// The words of a story's format without its zod schema (./story-format): the story reader,
// tag filter and local editor use them in the browser, where zod would be the largest part of
// the page's JavaScript.
import { countWords } from "@/lib/count-words";

export const STORY_ELEMENTS = ["transition", "worry", "others-too", "strategy", "change"] as const;
export type StoryElement = (typeof STORY_ELEMENTS)[number];

export { STORY_TAGS, type StoryTag } from "./story-tags";

export const STORY_COUNTRIES = ["DK", "EE", "FR", "NL", "NO"] as const;

/**
 * Where a story comes from. "composite": written from the experiences of many vocational
 * students, so it is described as based on them, never as a true story. "told-with-consent": one
 * real student's own story, told with their recorded consent; only then may a screen say so.
 */
export const STORY_SOURCES = ["composite", "told-with-consent"] as const;
export type StorySource = (typeof STORY_SOURCES)[number];

export const MIN_WORDS = 250;
export const MAX_WORDS = 450;

export { countWords };
