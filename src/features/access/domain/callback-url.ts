// Where to send someone after sign-in. Only a path on this site is accepted: anything that a
// browser could read as another origin ("//evil.example", "/\evil.example", "https://…",
// "javascript:…") falls back to the staff home, so a crafted link cannot redirect away.

const PROBE_ORIGIN = "http://belong.invalid";
const MAX_LENGTH = 2048;

/** A same-origin relative path (path, query and hash) from untrusted input, or the fallback. */
export function safeCallbackPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) {
    return fallback;
  }
  // Browsers treat "\" like "/" and drop tabs and newlines, so "/\evil" and "/\t/evil" would
  // turn into a protocol-relative URL: refuse them outright.
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  // API routes answer JSON, never a page to land on.
  if (url.pathname === "/api" || url.pathname.startsWith("/api/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The same check for a URL that may be absolute (next-auth hands those over): an absolute
 * URL counts only when its origin is this site's.
 */
export function safeRedirectPath(value: unknown, siteOrigin: string, fallback: string): string {
  if (typeof value !== "string") return fallback;
  if (value.startsWith("/")) return safeCallbackPath(value, fallback);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(siteOrigin).origin) return fallback;
  return safeCallbackPath(`${url.pathname}${url.search}${url.hash}`, fallback);
}
