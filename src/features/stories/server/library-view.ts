import "server-only";
import type { Locale } from "@/i18n/locales";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STORY_TAGS, type Story, type StorySource, type StoryTag } from "../domain/story-format";
import { describeOrigin } from "../domain/story-origin";
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
  /** How the library may be described: see describeOrigin. */
  origin: StorySource;
}

/**
 * The library of a locale, filtered by a ?tag= value as given (an unknown one shows all);
 * `local`: the student's school's own stories, shown first.
 */
export function libraryView(locale: string, rawTag: unknown, local: Story[] = []): LibraryView {
  const tag = STORY_TAGS.find((known) => known === rawTag);
  const all = [...local, ...listStories(locale)];
  const tags = STORY_TAGS.filter((known) => all.some((story) => story.tags.includes(known)));
  const stories = (tag ? all.filter((story) => story.tags.includes(tag)) : all).map(toStorySummary);
  return { stories, tags, origin: describeOrigin(all), ...(tag ? { tag } : {}) };
}

/** How a locale's stories may be described on pages that speak of them all. */
export function libraryOrigin(locale: string): StorySource {
  return describeOrigin(listStories(locale));
}

/** The library page's title and description. */
export async function libraryMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "stories" });
  return { title: t("libraryTitle"), description: t(`libraryIntro.${libraryOrigin(locale)}`) };
}

// A story's view by the story loaded from content/: the same for every request that shows it.
const views = new WeakMap<Story, StoryView>();

/** Every story of a locale, ready to read (the pathway sends them all with its page). */
export function listStoryViews(locale: string): StoryView[] {
  return listStories(locale).map((story) => {
    let view = views.get(story);
    if (!view) views.set(story, (view = toStoryView(story)));
    return view;
  });
}
