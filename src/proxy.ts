// Runs before every page: negotiates the locale (every page lives under /{locale}; `/` and
// paths without a locale are redirected by Accept-Language or a previous choice), and sets
// the page's Content-Security-Policy. It runs for every path but Next's own files, dots
// included: `/en/join/AB.CD` is a page like any other and gets the same policy. API paths
// pass through untouched, except that an address with a broken %-escape is answered here,
// for pages and API alike, since Next would answer it with a 500. Pages get their request id
// for the log here (nothing is logged: a prerendered page stays as cheap as a file).
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { locales } from "./i18n/locales";
import { env } from "./lib/env";
import { badAddressResponse, isDecodablePath } from "./lib/http/bad-address";
import { REQUEST_ID_HEADER, requestIdOf } from "./lib/log/request-id";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { staticPageHashes } from "./lib/security/static-page-hashes";

const negotiateLocale = createMiddleware(routing);
const LOCALE_PREFIX = new RegExp(`^/(${locales.join("|")})(?=/|$)`);

/** A file of public/ or the app's icon: a name with an extension, outside every locale. */
function isFile(pathname: string): boolean {
  return !LOCALE_PREFIX.test(pathname) && /\.[^/]+$/.test(pathname);
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApi = /^\/api(\/|$)/.test(pathname);
  if (isApi && isDecodablePath(pathname)) return NextResponse.next();
  const development = env().NODE_ENV === "development";
  const hashes = staticPageHashes(pathname);
  const policy = contentSecurityPolicy(hashes ? { hashes } : { nonce: newNonce() }, development);
  if (!isDecodablePath(pathname)) {
    const answer = badAddressResponse(pathname);
    if (!isApi) answer.headers.set("content-security-policy", policy);
    return answer;
  }
  // Next reads the nonce from the request's policy and puts it on every script it renders.
  if (!hashes) request.headers.set("content-security-policy", policy);
  // Server actions and pages log with this id (src/lib/log requestLogger).
  const reqId = requestIdOf(request.headers);
  request.headers.set(REQUEST_ID_HEADER, reqId);
  const response = isFile(pathname)
    ? NextResponse.next({ request: { headers: request.headers } })
    : negotiateLocale(request);
  response.headers.set("content-security-policy", policy);
  response.headers.set(REQUEST_ID_HEADER, reqId);
  return response;
}

export const config = {
  // Every path but Next's own files: pages with or without a dot, and the API (for the
  // %-escape check only).
  matcher: "/((?!_next|_vercel).*)",
};
