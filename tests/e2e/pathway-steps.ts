// Steps the pathway tests share: start, read a story and skip its reflection, reach consent.
import type { Page } from "@playwright/test";
import { expect, PHONE } from "./fixtures";

export const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
export const progress = (page: Page) => page.getByRole("progressbar");

/** The pathway as a student of the demo school opens it (from its survey, ?from=DEMO01). */
export async function start(page: Page, path = "/en/pathway?from=DEMO01") {
  await page.setViewportSize(PHONE);
  await page.goto(path);
  const begin = page.getByRole("button", { name: "Let's start" });
  await expect(begin).toBeEnabled();
  // The page opened on its first step: nothing moved the reader's focus yet.
  await expect(h1(page)).not.toBeFocused();
  await begin.click();
  await expect(h1(page)).toHaveText("Pick a story");
}

export async function readAndSkip(page: Page, name: string) {
  await page.getByRole("button", { name: `Read ${name}'s story` }).click();
  await page.getByRole("button", { name: "I've read it" }).click();
  await page.getByRole("button", { name: "Skip" }).click();
}

export async function reachConsent(page: Page, advice: string) {
  await start(page);
  await readAndSkip(page, "Amira");
  await readAndSkip(page, "Théo");
  await page.getByRole("button", { name: "Write my advice" }).click();
  await page.getByLabel("Your advice").fill(advice);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(h1(page)).toHaveText("May future students read your advice?");
}
