import "server-only";
import { getDb } from "@/lib/db";
import { countWords, STORY_TAGS, type Story, type StoryTag } from "../../domain/story-format";
import { readingMinutes } from "../../domain/local-checks";
import { localSlug } from "../../domain/local-slug";
import { TEXT_FIELDS } from "./local-story-scope";
import {
  elementParagraphs,
  STORY_ELEMENTS,
  type LocalStoryTextInput,
} from "../../domain/local-text";

interface PublishedRow {
  id: string;
  speakerName: string;
  speakerAge: number;
  programme: string;
  tags: string[];
  nameConsent: boolean;
  institution: { country: string };
  texts: LocalStoryTextInput[];
}

export function toStory(row: PublishedRow, text: LocalStoryTextInput): Story {
  const sections = STORY_ELEMENTS.map((element) => ({
    element,
    paragraphs: elementParagraphs(text, element),
  }));
  const wordCount = countWords(sections.flatMap((s) => s.paragraphs).join(" "));
  return {
    slug: localSlug(row.id),
    locale: text.locale,
    title: text.title,
    teaser: text.teaser,
    speaker: { name: row.speakerName, age: row.speakerAge, programme: row.programme },
    // The school's own country; the shipped list's type is wider than what a school may be in.
    country: row.institution.country as Story["country"],
    tags: row.tags.filter((t): t is StoryTag => (STORY_TAGS as readonly string[]).includes(t)),
    readingMinutes: readingMinutes(wordCount),
    source: row.nameConsent ? "told-with-consent" : "composite",
    sections,
    wordCount,
  };
}

export const PUBLISHED_SELECT = {
  id: true,
  speakerName: true,
  speakerAge: true,
  programme: true,
  tags: true,
  nameConsent: true,
  institution: { select: { country: true } },
} as const;

/**
 * A school's published local stories in one locale, newest first: what its students see beside
 * the shipped stories (and what the classroom's story picker offers). A story shows only in the
 * locales it has a text for.
 */
export async function listPublishedLocalStories(
  institutionId: string,
  locale: string,
): Promise<Story[]> {
  const db = await getDb();
  const rows = await db.localStory.findMany({
    where: { institutionId, status: "PUBLISHED", texts: { some: { locale } } },
    orderBy: { publishedAt: "desc" },
    take: 50,
    select: { ...PUBLISHED_SELECT, texts: { where: { locale }, select: TEXT_FIELDS } },
  });
  return rows.flatMap((row) => (row.texts[0] ? [toStory(row, row.texts[0])] : []));
}

/** One published local story of this school in one locale, or undefined. */
export async function getPublishedLocalStory(
  institutionId: string,
  id: string,
  locale: string,
): Promise<Story | undefined> {
  const db = await getDb();
  const row = await db.localStory.findFirst({
    where: { id, institutionId, status: "PUBLISHED" },
    select: { ...PUBLISHED_SELECT, texts: { where: { locale }, select: TEXT_FIELDS } },
  });
  return row?.texts[0] ? toStory(row, row.texts[0]) : undefined;
}

/** The slugs of a school's published local stories, in any locale. */
export async function publishedLocalSlugs(institutionId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.localStory.findMany({
    where: { institutionId, status: "PUBLISHED" },
    select: { id: true },
    take: 200,
  });
  return rows.map((row) => localSlug(row.id));
}
