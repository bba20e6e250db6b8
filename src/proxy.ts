// Runs before every page: negotiates the locale (every page lives under /{locale}; `/` and
// paths without a locale are redirected by Accept-Language or a previous choice), and sets
// the page's Content-Security-Policy.
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { env } from "./lib/env";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { staticPageHashes } from "./lib/security/static-page-hashes";

const negotiateLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const development = env().NODE_ENV === "development";
  const hashes = staticPageHashes(request.nextUrl.pathname);
  const policy = contentSecurityPolicy(hashes ? { hashes } : { nonce: newNonce() }, development);
  // Next reads the nonce from the request's policy and puts it on every script it renders.
  if (!hashes) request.headers.set("content-security-policy", policy);
  const response = negotiateLocale(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Not for API routes, Next's own files, or files with an extension (icons, audio).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
