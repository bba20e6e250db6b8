// The prerendered pages that a whole year group or class opens at once (the landing page, the
// stories, the classroom's join page, the pathway and a survey round's page) are served
// without the proxy (src/proxy.ts leaves them out of its matcher): running any proxy at all
// costs Next about half of such a page's throughput. Their policy is a header rule instead,
// one per locale and kind, declared in next.config.ts with no inline script allowed (so a
// build that was never hashed fails closed) and filled in with the hashes of the pages'
// scripts by scripts/csp-hashes.ts right after `next build`.
import { SCHOOL_COOKIE } from "../participant/school-cookie";
import { contentSecurityPolicy } from "./csp";

export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

export interface Rewrite {
  source: string;
  destination: string;
  has?: { type: "query"; key: string; value: string }[];
  missing?: { type: "cookie"; key: string }[];
}

const POLICY_HEADER = "Content-Security-Policy";

/** A story's address: the slug of a story in content/ (lower-case words and hyphens). */
const STORY = /^\/[a-z]{2}\/stories\/([a-z0-9-]+)$/;
// Sibling routes under /stories that are rendered per request or rewritten by the proxy.
const NOT_STORIES = new Set(["local", "library"]);

/** The header rules' sources, in the path syntax of next.config.ts's headers(). */
function proxyFreeSources(locale: string): {
  landing: string;
  join: string;
  pathway: string;
  round: string;
  library: string;
  stories: string;
} {
  return {
    landing: `/${locale}`,
    join: `/${locale}/join`,
    pathway: `/${locale}/pathway`,
    round: `/${locale}/s/:code`,
    library: `/${locale}/stories`,
    stories: `/${locale}/stories/:slug`,
  };
}

/**
 * Where the library is served from for a device that knows no school: the prerendered page of
 * its locale and the topic of ?tag= (src/app/[locale]/stories/library/[tag]), or of every story
 * for no topic or an unknown one; the address stays. A device with the school cookie gets
 * /{locale}/stories rendered per request, with its school's own stories, through the proxy.
 * Rules for next.config.ts's rewrites (before the file system, or the page would be found first).
 */
export function libraryRewrites(locales: readonly string[], tags: readonly string[]): Rewrite[] {
  const source = `/:locale(${locales.join("|")})/stories`;
  const missing = [{ type: "cookie" as const, key: SCHOOL_COOKIE }];
  return [
    {
      source,
      has: [{ type: "query", key: "tag", value: `(?<tag>${tags.join("|")})` }],
      missing,
      destination: "/:locale/stories/library/:tag",
    },
    { source, missing, destination: "/:locale/stories/library/all" },
  ];
}

/** The library's prerendered pages of a locale: every topic's and "all". */
function isLibraryOf(locale: string, path: string): boolean {
  return path.startsWith(`/${locale}/stories/library/`);
}

/** The page every round's address of a locale, /{locale}/s/{code}, shows (roundRewrite). */
export function roundPage(locale: string): string {
  return `/${locale}/s`;
}

/**
 * Every round's address shows the one prerendered round page of its locale, which reads the
 * round of the address from the server. A rule for next.config.ts's rewrites.
 */
export function roundRewrite(locales: readonly string[]): Rewrite {
  return { source: `/:locale(${locales.join("|")})/s/:code`, destination: roundPage(":locale") };
}

function isStoryOf(locale: string, path: string): boolean {
  const slug = STORY.exec(path)?.[1];
  return path.startsWith(`/${locale}/`) && slug !== undefined && !NOT_STORIES.has(slug);
}

/**
 * The policy rules of the proxy-free pages. Without hashes (next.config.ts, before the build
 * has pages) no inline script may run; with the build's hashes (path -> its inline scripts'
 * hashes) each rule allows the scripts of the pages it covers: the landing, join, pathway or
 * round page of its locale (every round's address shows the one round page), its library (the
 * scripts of every topic's page: the address does not name the topic's page), or every story
 * of its locale (one rule, so a request checks a dozen rules, not a hundred).
 */
export function proxyFreeHeaderRules(
  locales: readonly string[],
  pages: Record<string, string[]> = {},
): HeaderRule[] {
  const rule = (source: string, hashes: string[]): HeaderRule => ({
    source,
    // No colon in the value (no data: or blob:, which these pages never use): Next would
    // compile it as a path pattern on every request to a story (its rule has a parameter).
    headers: [
      { key: POLICY_HEADER, value: contentSecurityPolicy({ hashes, withoutSchemes: true }) },
    ],
  });
  return locales.flatMap((locale) => {
    const sources = proxyFreeSources(locale);
    const hashesOf = (covered: (path: string) => boolean) =>
      [
        ...new Set(
          Object.entries(pages)
            .filter(([path]) => covered(path))
            .flatMap(([, hashes]) => hashes),
        ),
      ].sort();
    return [
      rule(sources.landing, pages[sources.landing] ?? []),
      rule(sources.join, pages[sources.join] ?? []),
      rule(sources.pathway, pages[sources.pathway] ?? []),
      rule(sources.round, pages[roundPage(locale)] ?? []),
      rule(
        sources.library,
        hashesOf((path) => isLibraryOf(locale, path)),
      ),
      rule(
        sources.stories,
        hashesOf((path) => isStoryOf(locale, path)),
      ),
    ];
  });
}

interface ManifestRule extends HeaderRule {
  [other: string]: unknown;
}

/**
 * The build's header rules with the proxy-free pages' policies filled in: each rule of
 * next.config.ts with one of their sources gets the hashed policy; every other rule, and the
 * rule's other fields (Next's compiled regex), stay as they are. Running it twice changes
 * nothing more.
 */
export function withHashedPolicies(
  manifestRules: ManifestRule[],
  hashed: HeaderRule[],
): ManifestRule[] {
  const bySource = new Map(hashed.map((rule) => [rule.source, rule.headers]));
  return manifestRules.map((rule) => {
    const headers = bySource.get(rule.source);
    return headers ? { ...rule, headers } : rule;
  });
}
