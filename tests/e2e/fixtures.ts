// The test object every e2e file uses: each page a test opens with page.goto, and the page
// a test ends on, is scanned with axe (WCAG 2.1 A/AA); a violation fails the test.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export async function checkA11y(page: Page): Promise<void> {
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

export const test = base.extend<{ scanEveryPage: void }>({
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
