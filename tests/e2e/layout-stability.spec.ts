// A student's page does not move under their eyes or thumb while it loads: not when its
// scripts bring it to life (controls that appear push nothing down), not when the web font
// replaces the fallback face. Measured as the browser does for Cumulative Layout Shift, on a
// phone whose scripts and fonts arrive late, so the server's HTML is painted first.
import type { Page } from "@playwright/test";
import { expect, PHONE, test } from "./fixtures";
import { slowFonts, slowScripts, untilAlive } from "./slow-load";

const PAGES = [
  { name: "landing", path: "/en" },
  { name: "story", path: "/en/stories/amira-workshop" },
  { name: "library", path: "/en/stories" },
  { name: "pathway", path: "/en/pathway" },
  { name: "survey", path: "/en/s/DEMO01" },
  { name: "join", path: "/en/join" },
];

/** The sum of the layout shifts the page made that no input of the student's caused. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

for (const { name, path } of PAGES) {
  test(`the ${name} page does not move while its scripts and fonts arrive`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[]) {
          if (!entry.hadRecentInput) w.__shift += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await slowScripts(page, 800);
    await slowFonts(page, 1_600);
    await page.goto(path);
    await untilAlive(page, "main");
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    // What the page shows once the student's part has arrived (a round, a school).
    await page.waitForLoadState("networkidle");
    expect(await layoutShift(page)).toBeLessThan(0.01);
  });
}
