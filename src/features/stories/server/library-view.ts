import "server-only";
import { STORY_TAGS, type StoryTag } from "../domain/story-format";
import {
  toStorySummary,
  toStoryView,
  type StorySummary,
  type StoryView,
} from "../domain/story-view";
import { listStories } from "./story-library";

export interface LibraryView {
  stories: StorySummary[];
  tags: StoryTag[];
  tag?: StoryTag;
}

/** The library of a locale, filtered by a ?tag= value as given (an unknown one shows all). */
export function libraryView(locale: string, rawTag: unknown): LibraryView {
  const tag = STORY_TAGS.find((known) => known === rawTag);
  const all = listStories(locale);
  const tags = STORY_TAGS.filter((known) => all.some((story) => story.tags.includes(known)));
  const stories = (tag ? all.filter((story) => story.tags.includes(tag)) : all).map(toStorySummary);
  return { stories, tags, ...(tag ? { tag } : {}) };
}

/** Every story of a locale, ready to read (the pathway sends them all with its page). */
export function listStoryViews(locale: string): StoryView[] {
  return listStories(locale).map(toStoryView);
}
