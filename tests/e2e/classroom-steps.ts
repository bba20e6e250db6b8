// The moves every classroom test makes: a teacher starting a session from the classroom page
// and reading the projector, a phone joining by typing the code.
import type { Browser, Page } from "@playwright/test";
import { expect, PHONE } from "./fixtures";

export const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** A count on the projector (or the summary): the number above its label. */
export function projectorCount(page: Page, label: RegExp) {
  return page.locator("dl > div").filter({ hasText: label }).locator("dd");
}

/** The join code the projector shows. */
export async function projectorCode(page: Page): Promise<string> {
  const code = page.locator("p", { hasText: /^Code/ }).locator("span").last();
  return (await code.innerText()).trim();
}

/** On the classroom page (signed in): starts a session for `group`, lands on the projector. */
export async function startFromClassroomPage(page: Page, group: string): Promise<string> {
  await page.goto("/en/staff/classroom");
  await page.getByLabel("Group").selectOption({ label: group });
  await page.getByRole("button", { name: "Start and open the projector" }).click();
  await expect(page).toHaveURL(/\/en\/present\/[^/]+$/);
  return projectorCode(page);
}

/** A new phone (360 px) that joins by typing the code, waiting on the first screen. */
export async function joinOnPhone(browser: Browser, code: string, baseURL?: string) {
  // Without a baseURL of its own, the context keeps the configured one (an explicit
  // undefined would erase it).
  const options = baseURL ? { baseURL, viewport: PHONE } : { viewport: PHONE };
  const phone = await (await browser.newContext(options)).newPage();
  await phone.goto("/en/join");
  await phone.getByLabel("Code from the board").fill(code);
  await phone.getByLabel("Code from the board").press("Enter");
  await expect(heading(phone)).toHaveText("Look at the board");
  return phone;
}
