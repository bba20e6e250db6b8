import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { reachConsent } from "./pathway-steps";

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

/**
 * Records every Content-Security-Policy violation the pages of this tab report, including ones
 * that leave no console message (a blocked `new Function` probe inside a try/catch).
 */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
    );
  });
}

/** Waits for the client runtime to boot and settle, then reads the violations of this page. */
async function cspViolationsAfterBoot(page: Page): Promise<string[]> {
  // Next's client runtime booted (it sets window.next), so its scripts were allowed to run.
  await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

function scriptSources(policy: string): string {
  return policy.split("script-src")[1]?.split(";")[0] ?? "";
}

test.describe("content security policy", () => {
  test("pages rendered per request allow scripts only from this origin and with this response's nonce", async ({
    page,
  }) => {
    await recordCspViolations(page);
    for (const path of ["/en/join/ABC123", "/en/privacy"]) {
      const response = await page.goto(path);
      const policy = response?.headers()["content-security-policy"] ?? "";
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
      expect(scriptSources(policy), path).not.toContain("unsafe-inline");
      expect(scriptSources(policy), path).not.toContain("unsafe-eval");
      expect(await cspViolationsAfterBoot(page), path).toEqual([]);
      const second = await page.request.get(path);
      expect(second.headers()["content-security-policy"], path).not.toBe(policy);
    }
    // Checking typed advice in the browser (zod) must not need eval either.
    await reachConsent(page, "Ask the older students which tools they use most.");
    expect(await cspViolationsAfterBoot(page)).toEqual([]);
  });

  test("the landing, story, library, join, pathway and round pages are prerendered and allow only their own inline scripts, by hash", async ({
    page,
  }) => {
    await recordCspViolations(page);
    for (const path of [
      "/en/stories/amira-workshop",
      "/fr/stories/amira-workshop",
      "/nb",
      "/et/join",
      "/en/pathway",
      "/nl/pathway?from=DEMO01",
      "/en/s/DEMO01",
      "/fr/s/NOSUCH",
      "/en/stories",
      "/da/stories?tag=placement",
      "/et/stories?tag=no-such-topic",
    ]) {
      const response = await page.goto(path);
      const headers = response?.headers() ?? {};
      // Served from the HTML written at build time, not rendered for this request.
      expect(headers["x-nextjs-cache"], path).toBe("HIT");
      const policy = headers["content-security-policy"] ?? "";
      expect(scriptSources(policy), path).toMatch(/^ 'self'( 'sha256-[\w+/=]+')+ ?$/);
      expect(policy, path).not.toContain("nonce-");
      expect(await cspViolationsAfterBoot(page), path).toEqual([]);
      const again = await page.request.get(path);
      expect(again.headers()["content-security-policy"], path).toBe(policy);
    }
    // A story that does not exist is Next's 404 page, whose scripts need this response's nonce.
    const missing = await page.goto("/en/stories/no-such-story");
    expect(missing?.status()).toBe(404);
    expect(missing?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
    expect(await cspViolationsAfterBoot(page)).toEqual([]);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Its scripts ran: the page is interactive (the text size control answers a click).
    await page.goto("/en/stories/amira-workshop");
    const larger = page.getByRole("button", { name: "Extra large text" });
    await larger.click();
    await expect(larger).toHaveAttribute("aria-pressed", "true");
  });
});
