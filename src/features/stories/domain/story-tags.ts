// The topics a story may have, in a file without imports: next.config.ts reads them to serve
// the library's prerendered page of each topic (src/lib/security/proxy-free-pages.ts).
export const STORY_TAGS = [
  "workshop",
  "placement",
  "new-class",
  "language",
  "returning-adult",
  "first-in-family",
  "moved-country",
  "teachers",
  "friends",
  "grades",
] as const;
export type StoryTag = (typeof STORY_TAGS)[number];
