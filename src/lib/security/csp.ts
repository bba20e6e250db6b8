// The Content-Security-Policy of pages. Scripts run only from this origin and, inline, only
// when they carry this response's nonce (pages rendered per request) or match a hash taken
// at build time (pages prerendered once, such as the stories, which thereby stay static).

export interface ScriptPermit {
  nonce?: string;
  hashes?: string[];
  /**
   * Leaves out the data: and blob: sources of images and media, for pages that use neither.
   * A header rule of next.config.ts with a path parameter has each of its values that holds a
   * colon compiled as a path pattern on every request (src/lib/security/proxy-free-pages.ts).
   */
  withoutSchemes?: boolean;
}

export function contentSecurityPolicy(
  { nonce, hashes = [], withoutSchemes = false }: ScriptPermit,
  development = false,
): string {
  const scripts = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...hashes.map((h) => `'${h}'`),
    // React's development build evaluates code; production never does.
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Next and next/font set inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    withoutSchemes ? "img-src 'self'" : "img-src 'self' data: blob:",
    "font-src 'self'",
    withoutSchemes ? "media-src 'self'" : "media-src 'self' blob:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * The policy of pages rendered per request, for a nonce: the same text as
 * contentSecurityPolicy({ nonce }), with everything but the nonce joined once per process.
 */
export function noncePolicy(nonce: string, development = false): string {
  const key = development ? "development" : "production";
  const [before, after] = (nonceParts[key] ??= contentSecurityPolicy(
    { nonce: NONCE_MARK },
    development,
  ).split(NONCE_MARK) as [string, string]);
  return before + nonce + after;
}

// A text no nonce can contain (nonces are base64), to split the policy around.
const NONCE_MARK = "\u0000nonce\u0000";
const nonceParts: { development?: [string, string]; production?: [string, string] } = {};

/** A fresh nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
