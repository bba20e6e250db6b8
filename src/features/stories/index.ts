// The stories feature's public surface for components and types (safe in the browser).
// Server code that reads the library from content/ is in ./server.
export { StoryCard, SpeakerLine, StoryMeta } from "./components/story-card";
export { StoryReader } from "./components/story-reader";
export { StoryText } from "./components/story-text";
export { StoryLibrary, PathwayInvitation } from "./components/story-library";
export { StoryPage } from "./components/story-page";
export { STORY_TAGS, STORY_ELEMENTS, type StorySource, type StoryTag } from "./domain/story-terms";
export type { Story } from "./domain/story-format";
export { describeOrigin } from "./domain/story-origin";
export {
  toStoryView,
  toStorySummary,
  type StoryView,
  type StorySummary,
} from "./domain/story-view";
export { splitSentences } from "./domain/sentences";
export { localSlug, localStoryId, storyHref } from "./domain/local-slug";
