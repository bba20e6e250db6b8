// The teacher's side of a classroom session: starting it for a group, the projector at
// 1920x1080 with the join code and a live count, the notes window following it, the end and
// its summary, the group's history and the printable guide, with three phones (360 px) in the
// room following it.
import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { BASE_URL } from "../../playwright.config";
import { checkA11y, expect, PROJECTOR, test } from "./fixtures";
import { heading, joinOnPhone, projectorCode, projectorCount } from "./classroom-steps";
import { COORDINATOR, signIn, TEACHER } from "./staff-sign-in";

test.describe("classroom session: the teacher", () => {
  test.use({ viewport: PROJECTOR });

  test("starts a session, runs it from the keyboard with live counts, ends it and sees the summary", async ({
    page,
    context,
    browser,
    playwright,
  }) => {
    await signIn(page, TEACHER);
    await page.getByRole("link", { name: "Classroom session" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Classroom session" })).toBeVisible();
    await checkA11y(page);

    await page.getByLabel("Group").selectOption({ label: "Chefs 1C" });
    // Two stories are chosen to begin with; a fourth one is refused, none too.
    const stories = page.getByRole("group", { name: "Stories for step 3" }).getByRole("checkbox");
    await expect(stories.nth(0)).toBeChecked();
    await expect(stories.nth(1)).toBeChecked();
    await stories.nth(0).uncheck();
    await stories.nth(1).uncheck();
    await page.getByRole("button", { name: "Start and open the projector" }).click();
    await expect(page.getByText("Choose one, two or three stories.")).toBeVisible();
    await expect(page.getByLabel("Group")).toHaveValue(/.+/);
    await stories.nth(2).check();
    await stories.nth(3).check();
    await page.getByRole("button", { name: "Start and open the projector" }).click();

    await expect(page).toHaveURL(/\/en\/present\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today, you are the experts");
    await expect(page.getByText("Step 1 of 5")).toBeVisible();
    await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
    const code = await projectorCode(page);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    await expect(page.getByText(/localhost:\d+\/en\/join/)).toBeVisible();
    await expect(projectorCount(page, /students joined/)).toHaveText("0");
    await checkA11y(page);
    await page.screenshot({ path: "test-results/classroom-projector-1920.png" });

    // Three phones join by typing the code: each shows on the projector within a second.
    const phones: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const phone = await joinOnPhone(browser, code.toLowerCase());
      await expect(projectorCount(page, /joined/)).toHaveText(String(i + 1), { timeout: 1_000 });
      phones.push(phone);
    }
    await checkA11y(phones[0]!);
    // A rejoin of the same phone is not counted twice.
    await phones[0]!.reload();
    await expect(heading(phones[0]!)).toHaveText("Look at the board");

    // The notes window follows the projector.
    const [notes] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("link", { name: "Teacher notes" }).click(),
    ]);
    await expect(notes.getByRole("heading", { level: 2 })).toContainText("Step 1 of 5");
    await checkA11y(notes);

    // Arrows, space and a clicker's PageDown move on; PageUp moves back.
    await page.locator("body").press("ArrowRight");
    await expect(page.getByText("Step 2 of 5")).toBeVisible();
    for (const phone of phones) await expect(heading(phone)).toHaveText("Listen to your teacher");
    await page.keyboard.press("PageDown");
    await expect(page.getByText("Step 3 of 5")).toBeVisible();
    for (const phone of phones) await expect(heading(phone)).toHaveText("Read the stories");
    await expect(notes.getByRole("heading", { level: 2 })).toContainText("Step 3 of 5", {
      timeout: 1_000,
    });
    await expect(page.getByText(/^On your phones: /)).toBeVisible();
    await page.keyboard.press("PageUp");
    await expect(page.getByText("Step 2 of 5")).toBeVisible();
    await page.keyboard.press(" ");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText("Step 4 of 5")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Your advice for next year's students",
    );

    // A phone reloaded mid-way lands on the current step.
    await phones[0]!.reload();
    await expect(heading(phones[0]!)).toHaveText("Write your advice");
    await phones[0]!.screenshot({ path: "test-results/classroom-phone-360.png" });

    // Advice from a phone shows as a count within a second, never as text.
    const text = `Ask the trainer when you are stuck ${randomUUID().slice(0, 8)}`;
    const writer = phones[1]!;
    await expect(heading(writer)).toHaveText("Write your advice");
    await writer.getByLabel("Your advice for a new student").fill(text);
    await writer.getByRole("radio", { name: "Yes, show it (without my name)" }).check();
    await writer.getByRole("button", { name: "Send my advice" }).click();
    await expect(heading(writer)).toHaveText("Thank you!");
    await expect(projectorCount(page, /advice/)).toHaveText("1", { timeout: 1_000 });
    await expect(page.getByText(text)).toHaveCount(0);

    // A reload lands on the current step, with the counts.
    await page.reload();
    await expect(page.getByText("Step 4 of 5")).toBeVisible();
    await expect(projectorCount(page, /joined/)).toHaveText("3");
    await checkA11y(page);

    // Ending asks first; Escape keeps the session going.
    await page.getByRole("button", { name: "End the session" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await checkA11y(page);
    await page.keyboard.press("Escape");
    await expect(page.getByText("Step 4 of 5")).toBeVisible();
    await page.getByRole("button", { name: "End the session" }).click();
    await page.getByRole("button", { name: "End it" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "The session has ended" }),
    ).toBeVisible();
    await expect(projectorCount(page, /joined/)).toHaveText("3");
    await expect(projectorCount(page, /advice/)).toHaveText("1");
    await expect(notes.getByText("The session has ended.")).toBeVisible({ timeout: 1_000 });
    for (const phone of phones) await expect(heading(phone)).toHaveText("That's it, thank you!");
    await checkA11y(page);

    // After the end a phone's advice is refused with 409.
    const late = await playwright.request.newContext({ baseURL: BASE_URL });
    const refused = await late.post(`/api/v1/sessions/${code}/advice`, {
      data: {
        submissionId: randomUUID(),
        text: "Too late but kind",
        locale: "en",
        consentToShare: true,
      },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).code).toBe("session_ended");
    await late.dispose();

    // The wall shows only approved advice: the text just written is still pending.
    await page.getByRole("button", { name: "Show the advice wall" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Advice for next year's students" }),
    ).toBeVisible();
    await expect(page.getByText(text)).toHaveCount(0);
    await checkA11y(page);

    // The session is in the group's history.
    await page.goto("/en/staff/classroom");
    const history = page.getByRole("region", { name: "Past sessions" });
    await expect(history.getByRole("heading", { name: "Chefs 1C" })).toBeVisible();
    await expect(history).toContainText("3 students joined, 1 piece of advice");
    await Promise.all(phones.map((p) => p.context().close()));
  });

  test("the teacher guide prints a quick start, then a page a step", async ({ page }) => {
    await signIn(page, TEACHER);
    await page.goto("/en/staff/classroom/guide");
    await expect(page.getByRole("heading", { level: 2, name: "Quick start" })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(5);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print the guide" })).toBeHidden();
    await expect(page.getByRole("navigation").first()).toBeHidden();
    const steps = page.getByRole("article");
    expect(await steps.nth(1).evaluate((e) => getComputedStyle(e).breakBefore)).toBe("page");
    const pdf = await page.pdf({ format: "A4" });
    // One page of quick start and five of steps: the step headings each start a page.
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  test("a teacher cannot open a session someone else started; a bad start is refused by field", async ({
    page,
    browser,
  }) => {
    const coordinatorContext = await browser.newContext();
    const coordinator = await coordinatorContext.newPage();
    await signIn(coordinator, COORDINATOR);
    await coordinator.goto("/en/staff/classroom");
    const groupId = await coordinator
      .getByLabel("Group")
      .locator("option", { hasText: "Chefs 1C" })
      .getAttribute("value");
    const storySlugs = await coordinator
      .getByRole("checkbox")
      .evaluateAll((boxes) => boxes.slice(0, 2).map((b) => (b as HTMLInputElement).value));
    const origin = { origin: BASE_URL };
    const bad = await coordinator.request.post("/api/v1/staff/sessions", {
      headers: origin,
      data: { groupId, storySlugs: ["no-such-story"], locale: "en" },
    });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).errors.map((e: { field: string }) => e.field)).toContain(
      "storySlugs.0",
    );
    const started = await coordinator.request.post("/api/v1/staff/sessions", {
      headers: origin,
      data: { groupId, storySlugs, locale: "fr" },
    });
    expect(started.status()).toBe(201);
    const { id } = (await started.json()) as { id: string };
    // The coordinator's projector is in the class's language.
    await coordinator.setViewportSize(PROJECTOR);
    await coordinator.goto(`/en/present/${id}`);
    await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(
      "Aujourd'hui, c'est vous les experts",
    );
    await coordinatorContext.close();

    await signIn(page, TEACHER);
    expect((await page.goto(`/en/present/${id}`))?.status()).toBe(404);
    expect((await page.goto("/en/present/not-a-session"))?.status()).toBe(404);
  });
});
