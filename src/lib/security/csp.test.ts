import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, noncePolicy } from "./csp";
import { inlineScriptHashes } from "./inline-script-hashes";
import { staticPagePolicies } from "./static-page-hashes";

describe("contentSecurityPolicy", () => {
  it("allows inline scripts only by nonce or hash, never unsafe-inline", () => {
    const withNonce = contentSecurityPolicy({ nonce: "abc" });
    expect(withNonce).toContain("script-src 'self' 'nonce-abc'");
    const withHashes = contentSecurityPolicy({ hashes: ["sha256-x", "sha256-y"] });
    expect(withHashes).toContain("script-src 'self' 'sha256-x' 'sha256-y'");
    for (const policy of [withNonce, withHashes]) {
      expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe");
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });

  it("adds unsafe-eval only for the development build", () => {
    expect(contentSecurityPolicy({ nonce: "a" }, true)).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "a" })).not.toContain("'unsafe-eval'");
  });

  it("writes the same policy when the parts around the nonce are joined once", () => {
    for (const development of [false, true]) {
      for (const nonce of ["abc", newNonce()]) {
        expect(noncePolicy(nonce, development)).toBe(contentSecurityPolicy({ nonce }, development));
      }
    }
  });

  it("writes each prerendered page's policy with its own hashes", () => {
    const policies = staticPagePolicies({ "/en": ["sha256-a"], "/fr/stories/x": ["sha256-b"] });
    expect(policies.get("/en")).toBe(contentSecurityPolicy({ hashes: ["sha256-a"] }));
    expect(policies.get("/fr/stories/x")).toBe(contentSecurityPolicy({ hashes: ["sha256-b"] }));
    expect(policies.get("/en/pathway")).toBeUndefined();
  });

  it("makes a new random nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("inlineScriptHashes", () => {
  it("hashes each inline script once and skips external ones", () => {
    const html =
      '<script src="/_next/a.js"></script><script>self.a=1</script><script id="x">self.a=1</script><script async="">b()</script>';
    const sha = (s: string) => `sha256-${createHash("sha256").update(s).digest("base64")}`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.a=1"), sha("b()")]);
  });
});
