// A published local story stands among the shipped ones under the slug "local-<id>" (no folder
// of content/stories starts so: the content check's slugs are the shipped ones), and has its
// own page at /stories/local/<id>, rendered per request for the student's school.
export const LOCAL_SLUG_PREFIX = "local-";

export function localSlug(id: string): string {
  return `${LOCAL_SLUG_PREFIX}${id}`;
}

export function localStoryId(slug: string): string | undefined {
  return slug.startsWith(LOCAL_SLUG_PREFIX) ? slug.slice(LOCAL_SLUG_PREFIX.length) : undefined;
}

/** Where a story's page is, after the locale. */
export function storyHref(slug: string): string {
  const id = localStoryId(slug);
  return id ? `/stories/local/${id}` : `/stories/${slug}`;
}
