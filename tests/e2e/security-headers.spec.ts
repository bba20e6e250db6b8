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

/** Collects the browser's Content-Security-Policy complaints about a page. */
function cspViolations(page: import("@playwright/test").Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

function scriptSources(policy: string): string {
  return policy.split("script-src")[1]?.split(";")[0] ?? "";
}

test.describe("content security policy", () => {
  test("pages rendered per request allow scripts only from this origin and with this response's nonce", async ({
    page,
  }) => {
    const violations = cspViolations(page);
    const response = await page.goto("/en/pathway");
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
    expect(scriptSources(policy)).not.toContain("unsafe-inline");
    // Next's client runtime booted (it sets window.next), so its scripts were allowed to run.
    await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
    expect(violations).toEqual([]);
    const second = await page.request.get("/en/pathway");
    expect(second.headers()["content-security-policy"]).not.toBe(policy);
  });

  test("story pages and the landing page are prerendered and allow only their own inline scripts, by hash", async ({
    page,
  }) => {
    for (const path of ["/en/stories/amira-workshop", "/fr/stories/amira-workshop", "/nb"]) {
      const violations = cspViolations(page);
      const response = await page.goto(path);
      const headers = response?.headers() ?? {};
      // Served from the HTML written at build time, not rendered for this request.
      expect(headers["x-nextjs-cache"], path).toBe("HIT");
      const policy = headers["content-security-policy"] ?? "";
      expect(scriptSources(policy), path).toMatch(/^ 'self'( 'sha256-[\w+/=]+')+ ?$/);
      expect(policy, path).not.toContain("nonce-");
      await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
      expect(violations, path).toEqual([]);
      const again = await page.request.get(path);
      expect(again.headers()["content-security-policy"], path).toBe(policy);
    }
    // Its scripts ran: the page is interactive (the text size control answers a click).
    await page.goto("/en/stories/amira-workshop");
    const larger = page.getByRole("button", { name: "Extra large text" });
    await larger.click();
    await expect(larger).toHaveAttribute("aria-pressed", "true");
  });
});
