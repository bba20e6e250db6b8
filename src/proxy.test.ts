import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { storySlugs } from "./features/stories/server";
import { locales } from "./i18n/locales";
import proxy, { config } from "./proxy";

function get(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(new URL(path, "http://localhost:3000"), { headers }));
}

describe("proxy", () => {
  it("sends / to the language chosen before, else the browser's, else English", () => {
    const chosen = get("/", { cookie: "NEXT_LOCALE=fr", "accept-language": "da" });
    expect(chosen.headers.get("location")).toBe("http://localhost:3000/fr");
    const browser = get("/", { "accept-language": "nb-NO,nb;q=0.9,en;q=0.5" });
    expect(browser.headers.get("location")).toBe("http://localhost:3000/nb");
    expect(get("/").headers.get("location")).toBe("http://localhost:3000/en");
    expect(get("/stories?tag=work").headers.get("location")).toBe(
      "http://localhost:3000/en/stories?tag=work",
    );
  });

  it("lets a page with a locale through without setting a cookie, so shared caches may keep it", () => {
    for (const path of ["/da", "/da/join"]) {
      const response = get(path, { "accept-language": "nl", "sec-fetch-dest": "document" });
      expect(response.headers.get("location"), path).toBeNull();
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
      expect(response.headers.get("set-cookie"), path).toBeNull();
    }
  });

  it("gives a page rendered per request a fresh nonce, in its policy and to the renderer", () => {
    const first = get("/en/privacy");
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+'; /);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-next-intl-locale")).toBe("en");
    expect(get("/en/privacy").headers.get("content-security-policy")).not.toBe(policy);
  });

  it("passes the API through and answers an address that cannot be decoded itself", () => {
    const api = get("/api/health");
    expect(api.headers.get("x-middleware-next")).toBe("1");
    expect(api.headers.get("content-security-policy")).toBeNull();
    const broken = get("/en/stories/%E0%A4%A");
    expect(broken.status).toBe(404);
    expect(broken.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("runs for every page but the landing, join, pathway, round, library and story pages, in every locale", () => {
    const runs = (path: string) => unstable_doesMiddlewareMatch({ config, url: path });
    for (const locale of locales) {
      expect(runs(`/${locale}`), locale).toBe(false);
      expect(runs(`/${locale}/stories`), locale).toBe(false);
      expect(runs(`/${locale}/stories?tag=placement`), locale).toBe(false);
      // A device that knows its school sees its school's stories too: rendered per request.
      const withSchool = { config, url: `/${locale}/stories`, cookies: { belong_school: "x" } };
      expect(unstable_doesMiddlewareMatch(withSchool), locale).toBe(true);
      expect(runs(`/${locale}/stories/amira-workshop`), locale).toBe(false);
      expect(runs(`/${locale}/join`), locale).toBe(false);
      expect(runs(`/${locale}/pathway`), locale).toBe(false);
      expect(runs(`/${locale}/s/DEMO01`), locale).toBe(false);
      expect(runs(`/${locale}/s/demo-01`), locale).toBe(false);
      for (const path of [
        "/",
        `/${locale}/`,
        `/${locale}/stories/local`,
        `/${locale}/stories/library`,
        `/${locale}/stories/local/3f2a`,
        `/${locale}/stories/library/work`,
        `/${locale}/stories/amira-workshop/more`,
        `/${locale}/stories/no-such-story`,
        `/${locale}/stories/amira-workshops`,
        `/${locale}/stories/%E0%A4%A`,
        `/${locale}/stories/Amira`,
        `/${locale}/pathway/more`,
        `/${locale}/pathways`,
        `/${locale}/s`,
        `/${locale}/s/DEMO.01`,
        `/${locale}/s/%E0%A4%A`,
        `/${locale}/s/DEMO01/poster`,
        `/${locale}/join/ABC123`,
        `/${locale}/join/go`,
        `/${locale}/joins`,
        `/${locale}/privacy`,
        `/${locale}/staff`,
        `/${locale}x`,
      ]) {
        expect(runs(path), path).toBe(true);
      }
    }
    for (const path of ["/de", "/english", "/api/health", "/fr/some/missing/page"]) {
      expect(runs(path), path).toBe(true);
    }
    expect(runs("/_next/static/chunks/main.js")).toBe(false);
  });

  it("leaves out exactly the stories there are, so an unknown one gets its 404 page's nonce", () => {
    const pattern = config.matcher.find((entry) => typeof entry === "string") ?? "";
    const named = /stories\/\(\?:([a-z0-9|-]+)\)/.exec(pattern)?.[1]?.split("|") ?? [];
    expect(named.length).toBeGreaterThan(0);
    // A slug named here but gone from content/ would get a 404 page whose scripts cannot run.
    expect(storySlugs()).toEqual(expect.arrayContaining(named));
    for (const slug of storySlugs()) {
      expect(
        unstable_doesMiddlewareMatch({ config, url: `/nl/stories/${slug}` }),
        `${slug}: name it in src/proxy.ts's matcher to serve it without the proxy`,
      ).toBe(false);
    }
  });
});
