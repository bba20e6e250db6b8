import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "./proxy";

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
    const first = get("/en/pathway");
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+'; /);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-next-intl-locale")).toBe("en");
    expect(get("/en/pathway").headers.get("content-security-policy")).not.toBe(policy);
  });

  it("passes the API through and answers an address that cannot be decoded itself", () => {
    const api = get("/api/health");
    expect(api.headers.get("x-middleware-next")).toBe("1");
    expect(api.headers.get("content-security-policy")).toBeNull();
    const broken = get("/en/stories/%E0%A4%A");
    expect(broken.status).toBe(404);
    expect(broken.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
