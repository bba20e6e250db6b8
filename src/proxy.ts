// Runs before every page: negotiates the locale (every page lives under /{locale}; `/` and
// paths without a locale are redirected by Accept-Language or a previous choice), and sets
// the page's Content-Security-Policy. It runs for every path but the API and Next's own files,
// dots included: `/en/join/AB.CD` is a page like any other and gets the same policy.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { defaultLocale, locales } from "./i18n/locales";
import { env } from "./lib/env";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { staticPageHashes } from "./lib/security/static-page-hashes";

const negotiateLocale = createMiddleware(routing);
const LOCALE_PREFIX = new RegExp(`^/(${locales.join("|")})(?=/|$)`);

/** A file of public/ or the app's icon: a name with an extension, outside every locale. */
function isFile(pathname: string): boolean {
  return !LOCALE_PREFIX.test(pathname) && /\.[^/]+$/.test(pathname);
}

/** Whether every %-escape of the path decodes to UTF-8 (`%E0%A4%A` or a lone `%` do not). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const development = env().NODE_ENV === "development";
  const hashes = staticPageHashes(pathname);
  const policy = contentSecurityPolicy(hashes ? { hashes } : { nonce: newNonce() }, development);
  // Next reads the nonce from the request's policy and puts it on every script it renders.
  if (!hashes) request.headers.set("content-security-policy", policy);
  let response: NextResponse;
  if (!decodable(pathname)) {
    // A broken address is the locale's 404 page, never an error: Next would fail decoding it.
    const locale = LOCALE_PREFIX.exec(pathname)?.[1] ?? defaultLocale;
    response = NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url), {
      request: { headers: request.headers },
    });
  } else if (isFile(pathname)) {
    response = NextResponse.next({ request: { headers: request.headers } });
  } else {
    response = negotiateLocale(request);
  }
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Not for API routes or Next's own files; every page path, with or without a dot.
  matcher: "/((?!api|_next|_vercel).*)",
};
