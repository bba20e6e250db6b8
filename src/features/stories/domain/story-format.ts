// What a peer story is: the front matter every locale carries and the five elements of the
// intervention, in order (content/stories/FORMAT.md explains them to writers).
import { z } from "zod";
import {
  MAX_WORDS,
  MIN_WORDS,
  STORY_COUNTRIES,
  STORY_ELEMENTS,
  STORY_SOURCES,
  STORY_TAGS,
  countWords,
  type StoryElement,
  type StorySource,
  type StoryTag,
} from "./story-terms";

export {
  STORY_ELEMENTS,
  STORY_TAGS,
  STORY_COUNTRIES,
  STORY_SOURCES,
  MIN_WORDS,
  MAX_WORDS,
  countWords,
  type StoryElement,
  type StoryTag,
  type StorySource,
};

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
