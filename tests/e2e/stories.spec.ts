import { checkA11y, expect, PHONE, test } from "./fixtures";
import { stubSpeechSynthesis, synthCalls } from "./speech-fakes";

const noSideways = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("story library", () => {
  test("lists every story with its teller and reading time, readable at 360 px", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/en/stories");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stories about starting out");
    // Every shipped story is a composite: the library never calls them true stories.
    await expect(page.getByRole("main")).toContainText(
      "These stories are based on the experiences of vocational students.",
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      /based on the experiences of vocational students/,
    );
    await expect(page.getByRole("main").getByRole("status")).toHaveText("12 stories");
    const card = page.getByRole("listitem").filter({ hasText: "The boy with the headphones" });
    await expect(card).toContainText("Théo, 16 · CAP plumber, 1st year");
    await expect(card).toContainText("3 min read");
    await expect(card).toContainText("A new class");
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
  });

  test("filters by topic, and the chosen topic is marked", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/en/stories");
    const filter = page.getByRole("navigation", { name: "Show stories about" });
    await filter.getByRole("link", { name: "Work placement" }).click();
    await expect(page).toHaveURL(/\/en\/stories\?tag=placement$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      /^\d stories about “Work placement”$/,
    );
    await expect(filter.getByRole("link", { name: "Work placement" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    const titles = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(titles.first()).toBeVisible();
    for (const card of await page.locator("main ul.grid > li").all()) {
      await expect(card).toContainText("Work placement");
    }
    await checkA11y(page);
    await filter.getByRole("link", { name: "Everything" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("12 stories");
  });

  test("speaks every language, with the topics translated", async ({ page }) => {
    const expected: Record<string, [string, string]> = {
      da: ["Historier om at være ny", "Praktik"],
      nl: ["Verhalen over een nieuwe start", "Stage"],
      nb: ["Historier om å være ny", "Praksis"],
      et: ["Lood uuest algusest", "Praktika"],
      fr: ["Histoires de premiers pas", "Le stage"],
    };
    for (const [locale, [title, placement]] of Object.entries(expected)) {
      await page.goto(`/${locale}/stories?tag=placement`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator("main a[aria-current=true]")).toHaveText(placement);
    }
  });

  test("filters without JavaScript, through plain links", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/nb/stories?tag=language");
    await expect(page.getByRole("main").getByRole("status")).toContainText("om «Språk»");
    await page.getByRole("link", { name: "Venner" }).click();
    await expect(page).toHaveURL(/\?tag=friends$/);
    await expect(page.getByRole("main").getByRole("status")).toContainText("om «Venner»");
    await context.close();
  });
});

test.describe("a story", () => {
  test("reads without JavaScript: server-rendered text, no controls that need a script", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/en/stories/theo-new-class");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The boy with the headphones");
    await expect(page.getByRole("article")).toContainText(
      "In September I started a CAP in plumbing",
    );
    // The story ends with how things changed; the advice is the student's to write.
    await expect(page.getByRole("article")).toContainText(
      "I was the one who asked him to sit with us.",
    );
    await expect(page.getByRole("article")).not.toContainText("Try taking your headphones off");
    // Described as what it is: based on students' experiences, not a true story.
    await expect(page.getByRole("article")).toContainText(
      "Based on the experiences of vocational students.",
    );
    // The five elements are structure, not headings the student sees.
    await expect(page.getByRole("article").getByRole("heading")).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
    await context.close();
  });

  test("reads aloud in the story's language, highlighting the sentence being read", async ({
    page,
  }) => {
    await stubSpeechSynthesis(page);
    await page.setViewportSize(PHONE);
    await page.goto("/da/stories/mikkel-kitchen");
    const reading = page.locator("[data-reading=true]");
    await page.getByRole("button", { name: "Lyt", exact: true }).click();
    await expect(reading).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Pause" })).toBeFocused();
    // It moves on from sentence to sentence.
    const first = await reading.getAttribute("id");
    await expect(reading).not.toHaveAttribute("id", first!);

    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByText("Sat på pause.")).toBeVisible();
    const pausedAt = await reading.getAttribute("id");
    await page.waitForTimeout(400);
    await expect(reading).toHaveAttribute("id", pausedAt!);
    await page.getByRole("button", { name: "Fortsæt" }).click();
    await expect(reading).not.toHaveAttribute("id", pausedAt!);

    await page.getByLabel("Tempo").selectOption("slow");
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(reading).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Lyt", exact: true })).toBeVisible();

    const calls = await synthCalls(page);
    const names = calls.map((c) => c[0]);
    expect(names).toEqual(expect.arrayContaining(["speak", "pause", "resume", "cancel"]));
    const spoken = calls.filter((c) => c[0] === "speak");
    // Danish text in a Danish voice, at normal speed until the student slowed it down.
    expect(spoken.every((c) => c[2] === "da-DK" && c[4] === "da-DK")).toBe(true);
    expect(spoken[0]?.[3]).toBe(1);
    expect(spoken.at(-1)?.[3]).toBe(0.75);
    await checkA11y(page);
  });

  test("keeps the chosen text size on this device", async ({ page }) => {
    await page.goto("/en/stories/amira-workshop");
    const body = page.locator("[data-element=transition]").locator("..");
    await expect(body).toHaveClass(/text-lg/);
    await page.getByRole("button", { name: "Extra large text" }).click();
    await expect(page.getByRole("button", { name: "Extra large text" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(body).toHaveClass(/text-2xl/);
    await page.reload();
    await expect(body).toHaveClass(/text-2xl/);
  });

  test("offers no read-aloud where the browser cannot speak", async ({ page }) => {
    await stubSpeechSynthesis(page, { missing: true });
    await page.goto("/en/stories/amira-workshop");
    await expect(page.getByRole("button", { name: "Large text", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Listen" })).toHaveCount(0);
  });

  test("answers 404 for a story that does not exist", async ({ page }) => {
    const response = await page.goto("/en/stories/no-such-story");
    expect(response?.status()).toBe(404);
  });

  test("fits a laptop screen too", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto("/fr/stories/theo-new-class");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le garçon au casque");
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
  });
});
