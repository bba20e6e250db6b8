// Checks the whole story library: every story file parses, every locale of every story
// exists, and the facts that must not change between translations are the same.
import type { ContentProblem } from "@/lib/content/problem";
import { locales } from "@/i18n/locales";
import { parseStory } from "./parse-story";
import type { Story } from "./story-format";

export interface StoryFile {
  slug: string;
  locale: string;
  /** Path relative to the project root, for messages. */
  file: string;
  text: string;
}

export interface StoryLibrary {
  stories: Story[];
  problems: ContentProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a story's recording must be, relative to the project root. */
export const AUDIO_FOLDER = "public/audio/stories";

/**
 * `audioExists` says whether a recording named in a story's front matter is in AUDIO_FOLDER
 * (and not empty); without it, recordings are not looked for.
 */
export function checkStories(
  files: StoryFile[],
  folderOf: (slug: string) => string,
  audioExists?: (name: string) => boolean,
): StoryLibrary {
  const problems: ContentProblem[] = [];
  const stories: Story[] = [];
  const bySlug = new Map<string, StoryFile[]>();
  for (const f of files) bySlug.set(f.slug, [...(bySlug.get(f.slug) ?? []), f]);

  for (const [slug, group] of bySlug) {
    if (!SLUG.test(slug))
      problems.push({
        file: folderOf(slug),
        message: `the folder name "${slug}" must be lowercase words joined by hyphens`,
      });
    for (const f of group) {
      if (!(locales as readonly string[]).includes(f.locale)) {
        problems.push({
          file: f.file,
          message: `"${f.locale}" is not a locale of the app (${locales.join(", ")})`,
        });
      }
    }
    for (const locale of locales) {
      if (!group.some((f) => f.locale === locale))
        problems.push({
          file: `${folderOf(slug)}/${locale}.md`,
          message: "this locale of the story is missing",
        });
    }
    const parsed = group
      .filter((f) => (locales as readonly string[]).includes(f.locale))
      .map((f) => ({ f, result: parseStory(f.text, f.file, f.slug, f.locale) }));
    for (const { result } of parsed) problems.push(...result.problems);
    for (const { f, result } of parsed) {
      const audio = result.story?.audio;
      if (audio && audioExists && !audioExists(audio)) {
        problems.push({
          file: f.file,
          line: 1,
          message: `the recording "${audio}" is not in ${AUDIO_FOLDER}/ (or it is empty)`,
        });
      }
    }
    const valid = parsed.flatMap(({ f, result }) =>
      result.story ? [{ f, story: result.story }] : [],
    );
    const reference = valid.find((v) => v.story.locale === "en") ?? valid[0];
    if (reference) {
      const facts = (s: Story) =>
        JSON.stringify([s.speaker.name, s.speaker.age, s.country, [...s.tags].sort(), s.source]);
      for (const { f, story } of valid) {
        if (facts(story) !== facts(reference.story)) {
          problems.push({
            file: f.file,
            line: 1,
            message: `speaker name/age, country, tags and source must match ${reference.f.file}`,
          });
        }
      }
    }
    stories.push(...valid.map((v) => v.story));
  }
  return { stories, problems };
}
