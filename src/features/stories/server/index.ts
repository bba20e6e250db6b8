// The stories feature's server surface: the library read from content/stories.
import "server-only";

export { getStory, listStories, storySlugs, storiesContentCheck } from "./story-library";
export {
  libraryMetadata,
  libraryOrigin,
  libraryView,
  listStoryViews,
  type LibraryView,
} from "./library-view";
export { saveLocalStory } from "./local/save-local-story";
export { submitLocalStory } from "./local/submit-local-story";
export { reviewLocalStory } from "./local/review-local-story";
export { listLocalStories, type LocalStoryListItem } from "./local/list-local-stories";
export { getLocalStory, type LocalStoryDetail } from "./local/get-local-story";
export { publishProblems } from "./local/local-story-problems";
export { getPublishedLocalStory, listPublishedLocalStories } from "./local/published-local-stories";
export {
  sessionStoryChoices,
  sessionStorySlugs,
  storiesOfSession,
  type SessionStoryChoice,
} from "./local/session-stories";
export {
  localStoryForStudent,
  localStoryViewsForStudent,
  studentLibraryView,
  studentStorySlugs,
} from "./local/student-local-stories";
