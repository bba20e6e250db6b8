// Reads the story library from content/stories once per process and serves it to pages.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ContentCheck } from "@/lib/content/problem";
import {
  AUDIO_FOLDER,
  checkStories,
  type StoryFile,
  type StoryLibrary,
} from "../domain/check-stories";
import type { Story, StoryTag } from "../domain/story-format";

const FOLDER = "content/stories";

function root(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), FOLDER);
}

export function readStoryFiles(dir = root()): StoryFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => statSync(join(dir, slug)).isDirectory())
    .sort()
    .flatMap((slug) =>
      readdirSync(join(dir, slug))
        .filter((name) => name.endsWith(".md"))
        .map((name) => ({
          slug,
          locale: name.slice(0, -3),
          file: `${FOLDER}/${slug}/${name}`,
          text: readFileSync(join(dir, slug, name), "utf8"),
        })),
    );
}

/** A story's recording is a non-empty file in public/audio/stories/, served as /audio/stories/. */
function recordingExists(name: string): boolean {
  const path = join(/*turbopackIgnore: true*/ process.cwd(), AUDIO_FOLDER, name);
  return existsSync(path) && statSync(path).isFile() && statSync(path).size > 0;
}

let library: StoryLibrary | undefined;

function load(): StoryLibrary {
  library ??= checkStories(readStoryFiles(), (slug) => `${FOLDER}/${slug}`);
  return library;
}

/** The stories of a locale, in a stable order. Broken files are left out (the content check fails on them). */
export function listStories(locale: string, tag?: StoryTag): Story[] {
  return load().stories.filter((s) => s.locale === locale && (!tag || s.tags.includes(tag)));
}

export function getStory(slug: string, locale: string): Story | undefined {
  return load().stories.find((s) => s.slug === slug && s.locale === locale);
}

export function storySlugs(): string[] {
  return [...new Set(load().stories.map((s) => s.slug))];
}

export const storiesContentCheck: ContentCheck = {
  name: "stories",
  run: () => {
    const { stories, problems } = checkStories(
      readStoryFiles(),
      (slug) => `${FOLDER}/${slug}`,
      recordingExists,
    );
    if (stories.length === 0 && problems.length === 0)
      return [{ file: FOLDER, message: "there are no stories" }];
    return problems;
  },
};
