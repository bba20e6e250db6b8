import "server-only";
import { knownSchoolId } from "@/lib/participant";
import { toStoryView, type StoryView } from "../../domain/story-view";
import { libraryView, type LibraryView } from "../library-view";
import { storySlugs } from "../story-library";
import {
  getPublishedLocalStory,
  listPublishedLocalStories,
  publishedLocalSlugs,
} from "./published-local-stories";

/**
 * The library as this device's student sees it: their school's published local stories (when
 * the device knows the school, from its signed cookie) beside the shipped ones. A device that
 * knows no school, or another school, sees none of them.
 */
export async function studentLibraryView(locale: string, rawTag: unknown): Promise<LibraryView> {
  const school = await knownSchoolId();
  const local = school ? await listPublishedLocalStories(school, locale) : [];
  return libraryView(locale, rawTag, local);
}

/** A school's published local stories of a locale, ready to read (for the pathway). */
export async function localStoryViewsForStudent(
  locale: string,
  institutionId: string | undefined,
): Promise<StoryView[]> {
  if (!institutionId) return [];
  return (await listPublishedLocalStories(institutionId, locale)).map(toStoryView);
}

/** One local story for this device's student, only if it is their school's and published. */
export async function localStoryForStudent(
  locale: string,
  id: string,
): Promise<StoryView | undefined> {
  const school = await knownSchoolId();
  if (!school || id.length > 40) return undefined;
  const story = await getPublishedLocalStory(school, id, locale);
  return story ? toStoryView(story) : undefined;
}

/**
 * The story slugs a student's writing may name: the shipped ones and their school's published
 * local stories (so a reflection on a local story in the pathway is accepted like any other).
 */
export async function studentStorySlugs(): Promise<string[]> {
  const school = await knownSchoolId();
  const local = school ? await publishedLocalSlugs(school) : [];
  return [...storySlugs(), ...local];
}
