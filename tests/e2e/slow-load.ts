// A phone on a slow connection: the page's HTML is there (and can be typed into) well before
// its scripts have arrived and brought it to life.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Holds back every script chunk of the page by `ms`, so the server's HTML stands alone. */
export async function slowScripts(page: Page, ms = 2_500): Promise<void> {
  const script = (url: URL) =>
    url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js");
  await page.route(script, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });
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
