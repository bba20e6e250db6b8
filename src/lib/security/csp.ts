// The Content-Security-Policy of pages. Scripts run only from this origin and, inline, only
// when they carry this response's nonce (pages rendered per request) or match a hash taken
// at build time (pages prerendered once, such as the stories, which thereby stay static).

export interface ScriptPermit {
  nonce?: string;
  hashes?: string[];
}

export function contentSecurityPolicy(
  { nonce, hashes = [] }: ScriptPermit,
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
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** A fresh nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
