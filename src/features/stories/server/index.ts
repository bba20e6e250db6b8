// The stories feature's server surface: the library read from content/stories.
import "server-only";

export { getStory, listStories, storySlugs, storiesContentCheck } from "./story-library";
export { libraryOrigin, libraryView, listStoryViews, type LibraryView } from "./library-view";
