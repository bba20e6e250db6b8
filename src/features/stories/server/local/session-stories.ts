import "server-only";
import { defaultLocale } from "@/i18n/locales";
import { getDb } from "@/lib/db";
import type { Story } from "../../domain/story-format";
import { localStoryId } from "../../domain/local-slug";
import { getStory, listStories, storySlugs } from "../story-library";
import { TEXT_FIELDS } from "./local-story-scope";
import { PUBLISHED_SELECT, publishedLocalSlugs, toStory } from "./published-local-stories";

/** A story a classroom session may show, and whether it is the school's own. */
export interface SessionStoryChoice {
  story: Story;
  local: boolean;
}

const MAX_LOCAL_CHOICES = 50;

/**
 * The first text of a story in the order a reader would want it: their own language, the
 * default one, then the language the story was written in. A class reads one story together,
 * so a local story written only in Danish is still offered to a class reading in English.
 */
function pickText<T extends { locale: string }>(
  texts: T[],
  locale: string,
  sourceLocale: string,
): T | undefined {
  for (const wanted of [locale, defaultLocale, sourceLocale]) {
    const text = texts.find((t) => t.locale === wanted);
    if (text) return text;
  }
  return texts[0];
}

async function publishedLocalStories(
  institutionId: string,
  locale: string,
  ids?: string[],
): Promise<Story[]> {
  const db = await getDb();
  const rows = await db.localStory.findMany({
    where: { institutionId, status: "PUBLISHED", ...(ids ? { id: { in: ids } } : {}) },
    orderBy: { publishedAt: "desc" },
    take: MAX_LOCAL_CHOICES,
    select: { ...PUBLISHED_SELECT, sourceLocale: true, texts: { select: TEXT_FIELDS } },
  });
  return rows.flatMap((row) => {
    const text = pickText(row.texts, locale, row.sourceLocale);
    return text ? [toStory(row, text)] : [];
  });
}

/**
 * What the teacher's story picker offers: the school's own stories first (they sound most like
 * its students, so they are the first ones ticked), then the shipped ones.
 */
export async function sessionStoryChoices(
  institutionId: string,
  locale: string,
): Promise<SessionStoryChoice[]> {
  const local = await publishedLocalStories(institutionId, locale);
  return [
    ...local.map((story) => ({ story, local: true })),
    ...listStories(locale).map((story) => ({ story, local: false })),
  ];
}

/** The slugs a session of this school may be started with. */
export async function sessionStorySlugs(institutionId: string): Promise<string[]> {
  return [...storySlugs(), ...(await publishedLocalSlugs(institutionId))];
}

/**
 * A session's stories in a reader's language, in the teacher's order. A local story of another
 * school, or one no longer published, is left out: the slug alone never opens a story.
 */
export async function storiesOfSession(
  institutionId: string,
  slugs: readonly string[],
  locale: string,
): Promise<Story[]> {
  const localIds = slugs.flatMap((slug) => localStoryId(slug) ?? []);
  const local = localIds.length ? await publishedLocalStories(institutionId, locale, localIds) : [];
  const bySlug = new Map(local.map((story) => [story.slug, story]));
  return slugs.flatMap((slug) => {
    const story = localStoryId(slug)
      ? bySlug.get(slug)
      : (getStory(slug, locale) ?? getStory(slug, defaultLocale));
    return story ? [story] : [];
  });
}
