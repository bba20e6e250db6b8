// How screens may describe where stories come from. A story is "based on the experiences of
// vocational students" unless its front matter says it is one real student's own story, told
// with consent; a set of stories is described as real students' own only when every one is.
import type { StorySource } from "./story-format";

export function describeOrigin(stories: ReadonlyArray<{ source: StorySource }>): StorySource {
  return stories.length > 0 && stories.every((s) => s.source === "told-with-consent")
    ? "told-with-consent"
    : "composite";
}
