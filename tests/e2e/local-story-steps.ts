// The guided story editor's fields, filled as an author would: every e2e test that writes a
// local story goes through these.
import type { Page } from "@playwright/test";

const ELEMENTS = [
  ["1. The start", "transition"],
  ["2. The worry", "worry"],
  ["3. Others felt it too", "othersToo"],
  ["4. What I did", "strategy"],
  ["5. How it changed", "change"],
] as const;

type StoryText = Record<"title" | "teaser" | (typeof ELEMENTS)[number][1], string>;

export async function fillText(page: Page, text: StoryText) {
  await page.getByLabel("Title", { exact: true }).fill(text.title);
  await page.getByLabel("Teaser", { exact: true }).fill(text.teaser);
  for (const [label, field] of ELEMENTS) await page.getByLabel(label).fill(text[field]);
}
