// Hashes of the inline scripts of prerendered pages, written by scripts/csp-hashes.ts right
// after `next build` into .next/csp-hashes.json: { "/en/stories/amira-workshop": ["sha256-…"] }.
// A build never changes under a running server, so the file is read once per process and each
// page's whole policy is written once, not per request.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy } from "./csp";

/** The file's hashes by page, or undefined while there is no such file (no build yet). */
export function readStaticPageHashes(
  file = join(/*turbopackIgnore: true*/ process.cwd(), ".next", "csp-hashes.json"),
): Record<string, string[]> | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
}

/** Each prerendered page's policy, by path (no trailing slash). */
export function staticPagePolicies(pages: Record<string, string[]>): Map<string, string> {
  return new Map(
    Object.entries(pages).map(([path, hashes]) => [path, contentSecurityPolicy({ hashes })]),
  );
}

let policies: Map<string, string> | undefined;
let lookedAt = 0;

/**
 * The policy of a prerendered page (its scripts allowed by hash), or undefined for a page
 * rendered per request. Without the file (a server started before its build finished), it is
 * looked for again at most once a second.
 */
export function staticPagePolicy(pathname: string): string | undefined {
  if (!policies) {
    const now = Date.now();
    if (now - lookedAt < 1000) return undefined;
    lookedAt = now;
    const pages = readStaticPageHashes();
    if (!pages) return undefined;
    policies = staticPagePolicies(pages);
  }
  return policies.get(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
}
