import { checkA11y, expect, PHONE, test } from "./fixtures";

const TITLES: Record<string, RegExp> = {
  en: /Everyone wonders at first/,
  da: /Alle er i tvivl i starten/,
  nl: /Iedereen vraagt zich in het begin af/,
  nb: /Alle lurer i starten/,
  et: /Alguses mõtleb igaüks/,
  fr: /Au début, tout le monde se demande/,
};

test.describe("landing page", () => {
  for (const [locale, title] of Object.entries(TITLES)) {
    test(`speaks ${locale} at phone width`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      // Nothing overflows sideways on a 360 px phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test("describes the stories as what they are", async ({ page }) => {
    await page.goto("/en");
    const main = page.getByRole("main");
    await expect(main).toContainText("based on the experiences of vocational students");
    await expect(main).not.toContainText(/true(-to-life)? stories|in their own words/i);
    // A reflection is not private to the phone: the page says who does not read it.
    await expect(main).toContainText("your teachers don't read them");
  });

  test("/ redirects by Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "nl-NL",
      extraHTTPHeaders: { "accept-language": "nl-NL,nl;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/nl$/);
    await context.close();
  });

  test("the language switcher keeps the current page", async ({ page }) => {
    await page.goto("/en/some/missing/page");
    await page.locator("summary", { hasText: "English" }).click();
    await page.getByRole("link", { name: "Eesti" }).click();
    await expect(page).toHaveURL(/\/et\/some\/missing\/page$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "et");
  });

  test("/ remembers the language a student chose, and only that sets a cookie", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: "nl-NL",
      extraHTTPHeaders: { "accept-language": "nl-NL,nl;q=0.9" },
    });
    const page = await context.newPage();
    // Reading pages in another language than the browser's is no choice: nothing is kept.
    const visit = await page.goto("/da/stories");
    expect(visit?.headers()["set-cookie"]).toBeUndefined();
    await page.goto("/");
    await expect(page).toHaveURL(/\/nl$/);
    await page.locator("summary", { hasText: "Nederlands" }).click();
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await context.close();
  });

  test("an unknown locale answers a 404 page in English", async ({ page }) => {
    const response = await page.goto("/xx/stories");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  });

  test("works by keyboard: skip link, then the first action", async ({ page }) => {
    await page.goto("/en");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    await checkA11y(page);
  });
});
