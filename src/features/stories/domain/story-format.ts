// What a peer story is: the front matter every locale carries and the five elements of the
// intervention, in order (content/stories/FORMAT.md explains them to writers).
import { z } from "zod";
import { countWords } from "@/lib/count-words";

export const STORY_ELEMENTS = ["transition", "worry", "others-too", "strategy", "change"] as const;
export type StoryElement = (typeof STORY_ELEMENTS)[number];

export const STORY_TAGS = [
  "workshop",
  "placement",
  "new-class",
  "language",
  "returning-adult",
  "first-in-family",
  "moved-country",
  "teachers",
  "friends",
  "grades",
] as const;
export type StoryTag = (typeof STORY_TAGS)[number];

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

export const storyFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(80),
  teaser: z.string().trim().min(10).max(160),
  speaker: z.strictObject({
    name: z.string().trim().min(1).max(40),
    age: z.number().int().min(15).max(60),
    programme: z.string().trim().min(2).max(80),
  }),
  country: z.enum(STORY_COUNTRIES),
  tags: z.array(z.enum(STORY_TAGS)).min(1).max(4),
  readingMinutes: z.number().int().min(1).max(5),
  source: z.enum(STORY_SOURCES),
  audio: z
    .string()
    .regex(/^[\w.-]+\.(mp3|ogg|m4a|webm)$/, "must be a file name in public/audio/stories/")
    .optional(),
});

export type StoryFrontMatter = z.infer<typeof storyFrontMatterSchema>;

export interface StorySection {
  element: StoryElement;
  paragraphs: string[];
}

export interface Story extends StoryFrontMatter {
  slug: string;
  locale: string;
  sections: StorySection[];
  wordCount: number;
}
