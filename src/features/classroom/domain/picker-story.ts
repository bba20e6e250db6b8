// What the teacher's story picker shows of a story: enough to choose without opening it.
import type { Story, StoryTag } from "@/features/stories";

export interface PickerStory {
  slug: string;
  title: string;
  teaser: string;
  tags: StoryTag[];
  readingMinutes: number;
  /** The story's first paragraph, for the preview. */
  opening: string;
  /** A school's own story (written in the story editor) rather than a shipped one. */
  local?: boolean;
}

export function toPickerStory(story: Story, options: { local?: boolean } = {}): PickerStory {
  return {
    slug: story.slug,
    title: story.title,
    teaser: story.teaser,
    tags: [...story.tags],
    readingMinutes: story.readingMinutes,
    opening: story.sections[0]?.paragraphs[0] ?? "",
    ...(options.local ? { local: true } : {}),
  };
}
