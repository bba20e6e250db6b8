// The test object every e2e file uses: each page a test opens with page.goto, and the page
// a test ends on, is scanned with axe (WCAG 2.1 A/AA); a violation fails the test. A string
// that a client component cannot find (next-intl logs MISSING_MESSAGE and shows the key, e.g.
// when its page does not send the namespace) fails the test too.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export async function checkA11y(page: Page): Promise<void> {
  // The web fonts are not preloaded and swap in when they arrive (possibly later in a tab in
  // the background): scan the page as it settles, not while its text is being laid out again.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export const PHONE = { width: 360, height: 740 } as const;
export const PROJECTOR = { width: 1920, height: 1080 } as const;

/** next-intl's errors for a message it could not show (the key is shown instead). */
const MESSAGE_ERROR = /\b(MISSING_MESSAGE|INSUFFICIENT_PATH|INVALID_KEY|FORMATTING_ERROR)\b/;

export const test = base.extend<{ scanEveryPage: void; everyMessageFound: void }>({
  everyMessageFound: [
    async ({ page }, use) => {
      const missing: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && MESSAGE_ERROR.test(message.text())) {
          missing.push(`${page.url()}: ${message.text().split("\n")[0]}`);
        }
      });
      await use();
      expect(missing, "messages the browser could not find").toEqual([]);
    },
    { auto: true },
  ],
  scanEveryPage: [
    async ({ page }, use) => {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await checkA11y(page);
        return response;
      };
      await use();
      if (page.url().startsWith("http")) await checkA11y(page);
    },
    { auto: true },
  ],
});

export { expect };
