// Hashes of the inline scripts of prerendered pages, written by scripts/csp-hashes.ts right
// after `next build` into .next/csp-hashes.json: { "/en/stories/amira-workshop": ["sha256-…"] }.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

let cache: { mtime: number; pages: Record<string, string[]> } | undefined;

function file(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), ".next", "csp-hashes.json");
}

/** The inline-script hashes of a prerendered page, or undefined for a page rendered per request. */
export function staticPageHashes(pathname: string): string[] | undefined {
  const path = file();
  if (!existsSync(path)) return undefined;
  const mtime = statSync(path).mtimeMs;
  if (!cache || cache.mtime !== mtime) {
    cache = { mtime, pages: JSON.parse(readFileSync(path, "utf8")) as Record<string, string[]> };
  }
  return cache.pages[pathname.replace(/\/$/, "") || "/"];
}
