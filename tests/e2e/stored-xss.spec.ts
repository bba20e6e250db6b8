// Stored cross-site scripting: student text that looks like markup is stored as written and
// shown as text wherever staff read it (the moderation queue, the results' free text, the
// classroom advice wall), never run. Every page is also scanned with axe.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { expect, PROJECTOR, test } from "./fixtures";
import { COORDINATOR, signIn } from "./staff-sign-in";
import { answersFor } from "./survey-helpers";

const MARKUP = [
  `<img src="/xss-probe.png" onerror="window.__xss = 'img'">`,
  `"><script>window.__xss = 'script'</script>`,
  `<svg onload="window.__xss = 'svg'"></svg>`,
];

/** Nothing ran, nothing was parsed as markup: the text is on the page as text. */
async function expectShownAsText(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="/xss-probe.png"], svg[onload]')).toHaveCount(0);
}

test.describe("student text shown to staff", () => {
  test.use({ viewport: PROJECTOR });

  test("advice that looks like markup stays text in moderation and on the advice wall", async ({
    page,
    playwright,
  }) => {
    const marker = randomUUID().slice(0, 8);
    const text = `${MARKUP.join(" ")} =HYPERLINK("http://evil.test") ${marker}`;
    await signIn(page, COORDINATOR);
    await page.goto("/en/staff/classroom");
    const groupId = await page
      .getByLabel("Group")
      .locator("option", { hasText: "Chefs 1C" })
      .getAttribute("value");
    const started = await page.request.post("/api/v1/staff/sessions", {
      headers: { origin: BASE_URL },
      data: { groupId, storySlugs: ["amira-workshop"], locale: "en" },
    });
    const { id, joinCode } = (await started.json()) as { id: string; joinCode: string };
    const student = await playwright.request.newContext({ baseURL: BASE_URL });
    await student.post(`/api/v1/sessions/${joinCode}/join`);
    const sent = await student.post(`/api/v1/sessions/${joinCode}/advice`, {
      data: { submissionId: randomUUID(), text, locale: "en", consentToShare: true },
    });
    expect(sent.status()).toBe(201);
    await student.dispose();

    // The projector counts it and never shows it.
    await page.goto(`/en/present/${id}`);
    await expect(page.getByText(marker)).toHaveCount(0);

    await page.goto("/en/staff/moderation");
    const card = page.locator("li").filter({ hasText: marker });
    await expectShownAsText(page, marker);
    await expect(card.locator("blockquote")).toHaveText(text);
    await card.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByText("The advice was approved.")).toBeVisible();

    await page.goto(`/en/present/${id}/wall`);
    await expectShownAsText(page, marker);
    await expect(page.locator("li").filter({ hasText: marker })).toHaveText(text);
  });

  test("free-text survey answers that look like markup stay text on the results page", async ({
    page,
    playwright,
  }) => {
    const marker = randomUUID().slice(0, 8);
    // Figures and free text are published once a round has closed (docs/anonymity.md): a
    // round of its own, answered by ten students of one group, then closed early.
    await signIn(page, COORDINATOR);
    await page.goto("/en/staff/groups");
    const groupHref = await page
      .locator('a[href*="/staff/groups/"]', { hasText: /^Electricians 1A$/ })
      .first()
      .getAttribute("href");
    const groupId = groupHref!.split("/").pop()!;
    await page.goto("/en/staff/rounds");
    const name = `Markup check ${marker}`;
    const day = (days: number) =>
      `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T08:00`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("checkbox", { name: "Electricians 1A" }).check();
    await page.getByLabel("Opens", { exact: true }).fill(day(-1));
    await page.getByLabel("Closes", { exact: true }).fill(day(7));
    await page.getByRole("button", { name: "Create round" }).click();
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
    const link = await card.getByRole("link", { name: /\/en\/s\// }).getAttribute("href");
    const roundCode = link!.split("/").pop()!;
    // Ten answers: free text is shown only from ten up.
    for (let i = 0; i < 10; i++) {
      const student = await playwright.request.newContext({ baseURL: BASE_URL });
      const response = await student.post("/api/v1/survey-responses", {
        data: {
          roundCode,
          groupId,
          submissionId: randomUUID(),
          locale: "en",
          answers: { ...answersFor("high"), open_support: `${MARKUP[i % 3]} ${marker}-${i}` },
        },
      });
      expect(response.ok(), await response.text()).toBe(true);
      await student.dispose();
    }
    await card.getByRole("button", { name: new RegExp(`^Close now ?: ${name}$`) }).click();
    await page
      .getByRole("dialog", { name: `Close “${name}” now?` })
      .getByRole("button", { name: "Close the round" })
      .click();
    await expect(page).toHaveURL(/\/en\/staff\/rounds\?notice=closed$/);
    await page.goto("/en/staff/results");
    const roundId = await page
      .getByLabel("Round")
      .locator("option", { hasText: name })
      .getAttribute("value");
    await page.goto(`/en/staff/results?round=${roundId}`);
    await expectShownAsText(page, `${marker}-`);
    for (let i = 0; i < 3; i++) {
      await expect(page.getByText(`${MARKUP[i]} ${marker}-${i}`)).toBeVisible();
    }
  });
});
