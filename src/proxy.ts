// Runs before every page: negotiates the locale (every page lives under /{locale}; `/` and
// paths without a locale are redirected by Accept-Language or a previous choice), sets the
// page's Content-Security-Policy, and gives the request its id for the log (nothing is logged
// here: a prerendered page stays as cheap as a file).
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { env } from "./lib/env";
import { REQUEST_ID_HEADER, requestIdOf } from "./lib/log/request-id";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { staticPageHashes } from "./lib/security/static-page-hashes";

const negotiateLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const development = env().NODE_ENV === "development";
  const hashes = staticPageHashes(request.nextUrl.pathname);
  const policy = contentSecurityPolicy(hashes ? { hashes } : { nonce: newNonce() }, development);
  // Next reads the nonce from the request's policy and puts it on every script it renders.
  if (!hashes) request.headers.set("content-security-policy", policy);
  // Server actions and pages log with this id (src/lib/log requestLogger).
  const reqId = requestIdOf(request.headers);
  request.headers.set(REQUEST_ID_HEADER, reqId);
  const response = negotiateLocale(request);
  response.headers.set("content-security-policy", policy);
  response.headers.set(REQUEST_ID_HEADER, reqId);
  return response;
}

export const config = {
  // Not for API routes, Next's own files, or files with an extension (icons, audio).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
