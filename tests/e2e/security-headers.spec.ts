import { expect, test } from "./fixtures";

test.describe("security headers", () => {
  test("every page refuses framing and sniffing and keeps the microphone off", async ({
    request,
  }) => {
    for (const path of ["/en", "/fr/some/missing/page", "/api/health"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("microphone=()");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });

  test("writing pages may use the microphone", async ({ request }) => {
    for (const path of ["/en/pathway", "/da/join/ABC123", "/nb/s/DEMO01"]) {
      const response = await request.get(path);
      expect(response.headers()["permissions-policy"], path).toContain("microphone=(self)");
    }
  });
});

test.describe("content security policy", () => {
  test("pages allow scripts only from this origin and with this response's nonce", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/en");
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
    expect(policy).not.toContain("unsafe-inline' 'nonce");
    expect(policy.split("script-src")[1]?.split(";")[0]).not.toContain("unsafe-inline");
    // Next's client runtime booted (it sets window.next), so its scripts were allowed to run.
    await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
    expect(violations).toEqual([]);
    const second = await page.request.get("/en");
    expect(second.headers()["content-security-policy"]).not.toBe(policy);
  });
});
