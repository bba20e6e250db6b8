import { describe, expect, it } from "vitest";
import {
  libraryRewrites,
  proxyFreeHeaderRules,
  roundRewrite,
  withHashedPolicies,
} from "./proxy-free-pages";

const scriptSources = (policy: string) => policy.split("script-src ")[1]?.split(";")[0];

describe("the policy of pages served without the proxy", () => {
  it("allows no inline script before the build's hashes are known", () => {
    const rules = proxyFreeHeaderRules(["en", "fr"]);
    expect(rules.map((rule) => rule.source)).toEqual([
      "/en",
      "/en/join",
      "/en/pathway",
      "/en/s/:code",
      "/en/stories",
      "/en/stories/:slug",
      "/fr",
      "/fr/join",
      "/fr/pathway",
      "/fr/s/:code",
      "/fr/stories",
      "/fr/stories/:slug",
    ]);
    for (const rule of rules) {
      expect(rule.headers).toHaveLength(1);
      expect(scriptSources(rule.headers[0]!.value)).toBe("'self'");
      expect(rule.headers[0]!.value).toContain("frame-ancestors 'none'");
      // Next compiles a value with a colon as a path pattern on every request.
      expect(rule.headers[0]!.value).not.toContain(":");
    }
  });

  it("allows the landing page's scripts on it, and every story's scripts of a locale on its stories", () => {
    const pages = {
      "/en": ["sha256-landing", "sha256-shared"],
      "/en/stories/amira-workshop": ["sha256-amira", "sha256-shared"],
      "/en/stories/karl-garage": ["sha256-karl", "sha256-shared"],
      "/en/stories/library/all": ["sha256-library-all", "sha256-shared"],
      "/en/stories/library/workshop": ["sha256-library-workshop"],
      "/fr/stories/amira-workshop": ["sha256-amira-fr"],
      "/en/staff/no-access": ["sha256-staff"],
      "/en/join": ["sha256-join"],
      "/en/pathway": ["sha256-pathway"],
      "/en/s": ["sha256-round"],
    };
    const rules = proxyFreeHeaderRules(["en", "fr"], pages);
    const allowed = (source: string) =>
      scriptSources(rules.find((rule) => rule.source === source)!.headers[0]!.value);
    expect(allowed("/en/join")).toBe("'self' 'sha256-join'");
    expect(allowed("/fr/join")).toBe("'self'");
    expect(allowed("/en/pathway")).toBe("'self' 'sha256-pathway'");
    expect(allowed("/fr/pathway")).toBe("'self'");
    // Every round's address shows the one round page of its locale.
    expect(allowed("/en/s/:code")).toBe("'self' 'sha256-round'");
    expect(allowed("/fr/s/:code")).toBe("'self'");
    expect(allowed("/en")).toBe("'self' 'sha256-landing' 'sha256-shared'");
    expect(allowed("/en/stories/:slug")).toBe(
      "'self' 'sha256-amira' 'sha256-karl' 'sha256-shared'",
    );
    // A locale's rule never allows another locale's or another kind of page's scripts.
    expect(allowed("/fr")).toBe("'self'");
    expect(allowed("/fr/stories/:slug")).toBe("'self' 'sha256-amira-fr'");
    // The library's address does not name its topic's page: every topic's scripts.
    expect(allowed("/en/stories")).toBe(
      "'self' 'sha256-library-all' 'sha256-library-workshop' 'sha256-shared'",
    );
    expect(allowed("/fr/stories")).toBe("'self'");
  });

  it("fills the hashes into the build's rules of those sources only, and twice changes nothing", () => {
    const built = [
      { source: "/:path*", regex: "^.*$", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      ...proxyFreeHeaderRules(["en"]).map((rule) => ({ ...rule, regex: `^${rule.source}$` })),
    ];
    const hashed = proxyFreeHeaderRules(["en"], { "/en": ["sha256-landing"] });
    const once = withHashedPolicies(built, hashed);
    expect(once[0]).toEqual(built[0]);
    expect(once[1]).toEqual({ ...built[1], headers: hashed[0]!.headers });
    expect(once[1]!.regex).toBe("^/en$");
    expect(withHashedPolicies(once, hashed)).toEqual(once);
  });

  it("serves the library of a device that knows no school from its topic's prerendered page", () => {
    const [topic, all] = libraryRewrites(["en", "fr"], ["workshop", "new-class"]);
    const noSchool = [{ type: "cookie", key: "belong_school" }];
    expect(topic).toEqual({
      source: "/:locale(en|fr)/stories",
      has: [{ type: "query", key: "tag", value: "(?<tag>workshop|new-class)" }],
      missing: noSchool,
      destination: "/:locale/stories/library/:tag",
    });
    // No topic, or one there is no page for: every story.
    expect(all).toEqual({
      source: "/:locale(en|fr)/stories",
      missing: noSchool,
      destination: "/:locale/stories/library/all",
    });
  });

  it("shows every round's address the one round page of its locale", () => {
    expect(roundRewrite(["en", "fr"])).toEqual({
      source: "/:locale(en|fr)/s/:code",
      destination: "/:locale/s",
    });
  });
});
