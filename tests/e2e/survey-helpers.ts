// Drives the belonging-pulse survey the way a student does: by the visible labels, in the
// page's language, read from the survey file itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { checkA11y } from "./fixtures";

type Locale = "en" | "da" | "nl" | "nb" | "et" | "fr";
type Text = Record<Locale, string>;
interface Item {
  key: string;
  kind: "scale" | "multi" | "text";
  text: Text;
  scale?: string;
  options?: { key: string; label: Text }[];
}
interface Survey {
  scales: Record<string, { points: { value: number; label: Text }[] }>;
  items: Item[];
  scoring: { reverse: string[] };
}

export const pulse = JSON.parse(
  readFileSync(path.join(process.cwd(), "content/surveys/belonging-pulse.json"), "utf8"),
) as Survey;

/** An answer per item: a scale value, option keys, or text; absent items are skipped. */
export type Answers = Record<string, number | string[] | string>;

/** The least (low) or most (high) belonging answer to every scale item, and some barriers. */
export function answersFor(belonging: "low" | "high"): Answers {
  const answers: Answers = {};
  for (const item of pulse.items) {
    if (item.kind !== "scale") continue;
    const points = pulse.scales[item.scale!]!.points;
    const top = points[points.length - 1]!.value;
    const reverse = pulse.scoring.reverse.includes(item.key);
    answers[item.key] = (belonging === "low") !== reverse ? points[0]!.value : top;
  }
  answers.barriers = belonging === "low" ? ["classmates", "language"] : ["nothing"];
  return answers;
}

/** Wherever the student is, nothing sticks out sideways at 360 px. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Checks the screen (axe, width) and keeps a screenshot of it in the test's output. */
export async function screen(page: Page, info: TestInfo, name: string): Promise<void> {
  await checkA11y(page);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

/** Answers the question on screen (it must be `item`) and presses Next, Skip or Send. */
export async function answer(
  page: Page,
  locale: Locale,
  item: Item,
  value: Answers[string] | undefined,
) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(item.text[locale]);
  if (item.kind === "scale" && typeof value === "number") {
    const point = pulse.scales[item.scale!]!.points.find((p) => p.value === value)!;
    await page.getByRole("radio", { name: point.label[locale], exact: true }).check();
  } else if (item.kind === "multi" && Array.isArray(value)) {
    for (const key of value) {
      const option = item.options!.find((o) => o.key === key)!;
      await page.getByRole("checkbox", { name: option.label[locale], exact: true }).check();
    }
  } else if (item.kind === "text" && typeof value === "string") {
    await page.getByRole("textbox", { name: item.text[locale] }).fill(value);
  }
}

export async function next(page: Page, label: RegExp | string) {
  await page.getByRole("button", { name: label }).click();
}
