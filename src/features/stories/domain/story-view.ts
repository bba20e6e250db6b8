// What a page sends to the browser about a story: the front matter, and the body split into
// sentences (numbered through the whole story) so read-aloud can highlight the one it reads.
import { splitSentences } from "./sentences";
import type { Story, StoryElement, StoryFrontMatter } from "./story-format";

export interface StoryParagraph {
  /** The number of this paragraph's first sentence in the whole story. */
  first: number;
  sentences: string[];
}

export interface StoryView extends StoryFrontMatter {
  slug: string;
  locale: string;
  sections: Array<{ element: StoryElement; paragraphs: StoryParagraph[] }>;
  /** Every sentence in reading order: what read-aloud speaks. */
  sentences: string[];
}

/** The card of a story in a list: everything but the text. */
export type StorySummary = Omit<StoryView, "sections" | "sentences">;

export function toStoryView(story: Story): StoryView {
  const sentences: string[] = [];
  const sections = story.sections.map(({ element, paragraphs }) => ({
    element,
    paragraphs: paragraphs.map((paragraph) => {
      const split = splitSentences(paragraph, story.locale);
      const first = sentences.length;
      sentences.push(...split);
      return { first, sentences: split };
    }),
  }));
  return { ...toStorySummary(story), sections, sentences };
}

export function toStorySummary(story: Story): StorySummary {
  const { slug, locale, title, teaser, speaker, country, tags, readingMinutes, source, audio } =
    story;
  return {
    slug,
    locale,
    title,
    teaser,
    speaker,
    country,
    tags,
    readingMinutes,
    source,
    ...(audio ? { audio } : {}),
  };
}
