// A phone on a slow connection: the page's HTML is there (and can be typed into) well before
// its scripts have arrived and brought it to life.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Holds back every request whose address `matches` by `ms`, as a slow network does. */
async function holdBack(page: Page, matches: (url: URL) => boolean, ms: number): Promise<void> {
  await page.route(matches, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });
}

/** Holds back every script chunk of the page by `ms`, so the server's HTML stands alone. */
export function slowScripts(page: Page, ms = 2_500): Promise<void> {
  return holdBack(
    page,
    (url) => url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js"),
    ms,
  );
}

/** Holds back the web fonts by `ms`, so the page is first drawn in its fallback face. */
export function slowFonts(page: Page, ms: number): Promise<void> {
  return holdBack(page, (url) => url.pathname.endsWith(".woff2"), ms);
}

/** Whether React has taken over the server's HTML under `selector` (hydration attaches it). */
export function isAlive(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber")));
}

/** Waits until the page has come to life under `selector`. */
export async function untilAlive(page: Page, selector: string): Promise<void> {
  await expect.poll(() => isAlive(page, selector), { timeout: 20_000 }).toBe(true);
}
