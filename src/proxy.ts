// Runs before every page but the landing, story, library, join, pathway and round pages (left
// out by the matcher below, since any proxy halves the throughput of a prerendered page):
// sets the page's Content-Security-Policy and, for a path without a locale (`/`,
// `/stories`), redirects to it by a previous choice (the NEXT_LOCALE cookie, which the
// language switcher writes in the browser) or Accept-Language. A path that already starts
// with a locale only gets its headers: a prerendered page its policy written once at
// start-up, others a fresh nonce. No cookie is set here, so a shared cache may keep static
// pages. It runs for every other path but Next's own files, dots included: `/en/join/AB.CD`
// is a page like any other and gets the same policy. API paths pass through untouched,
// except that an address with a broken %-escape is answered here, for pages and API alike,
// since Next would answer it with a 500. Pages get their request id for the log here.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { locales } from "./i18n/locales";
import { env } from "./lib/env";
import { badAddressResponse, isDecodablePath } from "./lib/http/bad-address";
import { REQUEST_ID_HEADER, requestIdOf } from "./lib/log/request-id";
import { newNonce, noncePolicy } from "./lib/security/csp";
import { roundPage } from "./lib/security/proxy-free-pages";
import { staticPagePolicy } from "./lib/security/static-page-hashes";

const negotiateLocale = createMiddleware(routing);
const LOCALE_PREFIX = new RegExp(`^/(${locales.join("|")})(?=/|$)`);
// What next-intl's request config reads when a page has not set its locale itself.
const LOCALE_HEADER = "x-next-intl-locale";

const ROUND = new RegExp(`^/(${locales.join("|")})/s/[^/]+$`);

/**
 * The page a round's address shows (roundRewrite): most come here only for an odd code (a dot,
 * a %-escape); the matcher leaves the others out.
 */
function roundPageOf(pathname: string): string | undefined {
  const locale = ROUND.exec(pathname)?.[1];
  return locale && roundPage(locale);
}

/** A file of public/ or the app's icon: a name with an extension, outside every locale. */
function isFile(pathname: string): boolean {
  return /\.[^/]+$/.test(pathname);
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith("/api") && (pathname.length === 4 || pathname[4] === "/");
  const decodable = isDecodablePath(pathname);
  if (isApi && decodable) return NextResponse.next();
  const development = env().NODE_ENV === "development";
  // The development server renders every page per request: a production build's hashes left
  // in .next would not match its scripts.
  const staticPolicy = development
    ? undefined
    : staticPagePolicy(roundPageOf(pathname) ?? pathname);
  const policy = staticPolicy ?? noncePolicy(newNonce(), development);
  if (!decodable) {
    const answer = badAddressResponse(pathname);
    if (!isApi) answer.headers.set("content-security-policy", policy);
    return answer;
  }
  const reqId = requestIdOf(request.headers);
  const locale = LOCALE_PREFIX.exec(pathname)?.[1];
  let response: NextResponse;
  if (staticPolicy) {
    // Served from the HTML written at build time: nothing of the request reaches it.
    response = NextResponse.next();
  } else {
    // Next reads the nonce from the request's policy and puts it on every script it renders.
    request.headers.set("content-security-policy", policy);
    // Server actions and pages log with this id (src/lib/log requestLogger).
    request.headers.set(REQUEST_ID_HEADER, reqId);
    if (locale) request.headers.set(LOCALE_HEADER, locale);
    response =
      locale || isFile(pathname)
        ? NextResponse.next({ request: { headers: request.headers } })
        : negotiateLocale(request);
  }
  response.headers.set("content-security-policy", policy);
  response.headers.set(REQUEST_ID_HEADER, reqId);
  return response;
}

export const config = {
  matcher: [
    // Every path but Next's own files and the proxy-free pages: pages with or without a dot,
    // and the API (for the %-escape check only). The landing page `/{locale}`, the join page
    // `/{locale}/join`, the pathway `/{locale}/pathway`, a round's page `/{locale}/s/{code}`,
    // the library `/{locale}/stories` and the stories `/{locale}/stories/{slug}` are served
    // as prerendered files with the policy of their header rule and the rewrites of
    // src/lib/security/proxy-free-pages.ts. Next reads this literal at build time, so the
    // locales and the stories are written out (proxy.test.ts checks them against
    // src/i18n/locales.ts and content/stories). Any other slug goes through here: Next's 404
    // page needs its scripts, which only a nonce can allow; a story added to content/ and not
    // named here is served through here too, correctly, only slower.
    "/((?!_next|_vercel|(?:en|da|nl|nb|et|fr)(?:/join|/pathway|/s/[A-Za-z0-9-]+|/stories|/stories/(?:ahmed-warehouse|amira-workshop|chloe-care-home|daan-quiet|ingrid-second-try|karl-garage|kevin-letters|lemlem-words|maria-salon|mikkel-kitchen|sanne-care|theo-new-class))?$).*)",
    // The library of a device that knows its school: rendered per request, with a nonce.
    {
      source: "/:locale(en|da|nl|nb|et|fr)/stories",
      has: [{ type: "cookie", key: "belong_school" }],
    },
  ],
};
