// The students' side of a classroom session on phones: joining by code, following the
// teacher's steps live, reloading mid-way, writing advice, and the end of the session.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { checkA11y, expect, PHONE, test } from "./fixtures";
import { signIn, TEACHER } from "./staff-sign-in";
import { isAlive, slowScripts, untilAlive } from "./slow-load";
import { expectNoSidewaysScroll, screen } from "./survey-helpers";

/** The demo teacher's API client (signed in through the sign-in page, so it has the cookie). */
async function teacherApi(browser: Browser): Promise<APIRequestContext> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, TEACHER);
  return page.request;
}

async function startSession(api: APIRequestContext): Promise<{ id: string; joinCode: string }> {
  const groups = await api.get("/api/v1/staff/groups");
  expect(groups.ok()).toBe(true);
  const groupId = ((await groups.json()) as { groups: Array<{ id: string }> }).groups[0]!.id;
  const started = await api.post("/api/v1/staff/sessions", {
    data: { groupId, storySlugs: ["ahmed-warehouse", "amira-workshop"], locale: "en" },
  });
  expect(started.status()).toBe(201);
  return (await started.json()) as { id: string; joinCode: string };
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

test.describe("classroom session on a phone", () => {
  test("a wrong or malformed code gets a friendly message, with or without JavaScript", async ({
    page,
    browser,
  }, info) => {
    await page.setViewportSize(PHONE);
    await page.goto("/en/join/ZZZZ99");
    await expect(heading(page)).toHaveText("We can't find that session");
    await page.goto("/en/join/%21%21");
    await expect(heading(page)).toHaveText("We can't find that session");
    await page.goto("/fr/join/ZZZZ99");
    await expect(heading(page)).toHaveText("On ne trouve pas cette séance");

    await page.goto("/en/join");
    await page.getByLabel("Code from the board").fill("ab");
    await page.getByRole("button", { name: "Join" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "A code has 4 to 12 letters and numbers" }),
    ).toBeVisible();
    await screen(page, info, "join-invalid");

    // Without JavaScript the form is a plain GET of ?code=, which the page sends on.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const noScript = await context.newPage();
    await noScript.goto("/en/join");
    await noScript.getByLabel("Code from the board").fill("zzz-z99");
    await noScript.getByLabel("Code from the board").press("Enter");
    await expect(noScript).toHaveURL(/\/en\/join\/ZZZZ99$/);
    await expect(heading(noScript)).toHaveText("We can't find that session");
    await context.close();
  });

  test("what a student types while the page is still loading is kept and sent", async ({
    browser,
  }) => {
    const teacher = await teacherApi(browser);
    const { id, joinCode } = await startSession(teacher);

    // The code typed into the page before its scripts arrive still counts once they have.
    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    await slowScripts(phone);
    await phone.goto("/en/join", { waitUntil: "domcontentloaded" });
    expect(await isAlive(phone, "form")).toBe(false);
    await phone.getByLabel("Code from the board").fill(joinCode.toLowerCase());
    await untilAlive(phone, "form");
    await phone.getByLabel("Code from the board").press("Enter");
    await expect(phone).toHaveURL(new RegExp(`/en/join/${joinCode}$`));
    await expect(heading(phone)).toHaveText("Look at the board");

    for (let step = 0; step < 3; step += 1) {
      const moved = await teacher.post(`/api/v1/staff/sessions/${id}/step`, {
        data: { move: "next" },
      });
      expect(moved.ok()).toBe(true);
    }
    await expect(heading(phone)).toHaveText("Write your advice");

    // A phone that joins on the advice step, typing as soon as the field shows: the advice
    // it sends is the one it typed.
    const late = await (await browser.newContext({ viewport: PHONE })).newPage();
    await slowScripts(late);
    await late.goto(`/en/join/${joinCode}`, { waitUntil: "domcontentloaded" });
    await expect(heading(late)).toHaveText("Write your advice");
    expect(await isAlive(late, "form")).toBe(false);
    await late.getByLabel("Your advice for a new student").fill("Eat lunch with your class.");
    await late.getByRole("radio", { name: "No, keep it private" }).check();
    const sent = late.waitForRequest((r) => r.url().endsWith("/advice") && r.method() === "POST");
    await late.getByRole("button", { name: "Send my advice" }).click();
    expect((await sent).postDataJSON()).toMatchObject({ text: "Eat lunch with your class." });
    await expect(heading(late)).toHaveText("Thank you!");
    await expect(late.getByLabel("Your advice for a new student")).toHaveCount(0);
  });

  test("a phone follows the teacher's steps, keeps its place on reload, and sees the end", async ({
    page,
    browser,
  }, info) => {
    const teacher = await teacherApi(browser);
    const { id, joinCode } = await startSession(teacher);
    const step = async () => {
      const moved = await teacher.post(`/api/v1/staff/sessions/${id}/step`, {
        data: { move: "next" },
      });
      expect(moved.ok()).toBe(true);
    };

    await page.setViewportSize(PHONE);
    await page.goto("/en/join");
    const typed = `${joinCode.slice(0, 3)}-${joinCode.slice(3)}`.toLowerCase();
    await page.getByLabel("Code from the board").fill(typed);
    await screen(page, info, "join-code");
    await page.getByLabel("Code from the board").press("Enter");
    await expect(page).toHaveURL(new RegExp(`/en/join/${joinCode}$`));
    await expect(heading(page)).toHaveText("Look at the board");
    // The student side never names the school.
    await expect(page.getByText("Demo VET College")).toHaveCount(0);
    await screen(page, info, "phone-waiting");

    await step();
    await expect(heading(page)).toHaveText("Listen to your teacher");
    await expect(heading(page)).toBeFocused();
    await expect(page.locator("p[aria-live=polite].sr-only")).toHaveText("Listen to your teacher");

    await step();
    await expect(heading(page)).toHaveText("Read the stories");
    await expect(heading(page)).toBeFocused();
    await expect(page.locator("article")).toHaveCount(2);
    await screen(page, info, "phone-stories");

    await step();
    await expect(heading(page)).toHaveText("Write your advice");
    const advice = page.getByLabel("Your advice for a new student");
    await advice.fill("Say hi to the person next to you.");

    // A reload lands on the current step, with the text still there.
    await page.reload();
    await expect(heading(page)).toHaveText("Write your advice");
    await expect(advice).toHaveValue("Say hi to the person next to you.");
    await advice.fill("Say hi to the person next to you. Everyone is new at first.");
    await page.getByRole("radio", { name: "Yes, show it (without my name)" }).check();
    await screen(page, info, "phone-advice");
    await page.getByRole("button", { name: "Send my advice" }).click();
    await expect(heading(page)).toHaveText("Thank you!");
    await expect(heading(page)).toBeFocused();
    await screen(page, info, "phone-thanks");

    // A second phone that cannot hear the room: the join alone puts it on the advice step.
    const late = await (await browser.newContext({ viewport: PHONE })).newPage();
    await late.route("**/events*", (route) => route.abort());
    await late.goto(`/en/join/${joinCode}`);
    await expect(heading(late)).toHaveText("Write your advice");
    await expect(late.getByText("The connection dropped for a moment.")).toBeVisible();
    await checkA11y(late);
    await late.getByLabel("Your advice for a new student").fill("Ask when you don't know.");
    await late.getByRole("radio", { name: "No, keep it private" }).check();

    // A third phone still writing when the session ends.
    const writer = await (await browser.newContext({ viewport: PHONE })).newPage();
    await writer.goto(`/en/join/${joinCode}`);
    await expect(heading(writer)).toHaveText("Write your advice");
    await writer.getByLabel("Your advice for a new student").fill("Join a break group.");

    const ended = await teacher.post(`/api/v1/staff/sessions/${id}/end`);
    expect(ended.ok()).toBe(true);
    await expect(heading(page)).toHaveText("That's it, thank you!");
    await screen(page, info, "phone-ended");
    // The session ended under the writer's text: the closing screen keeps it readable.
    await expect(heading(writer)).toHaveText("That's it, thank you!");
    await expect(writer.getByLabel("Your advice (not sent)")).toHaveValue("Join a break group.");
    await screen(writer, info, "phone-ended-unsent");

    // Sent after the end: refused, and the text stays on the phone.
    const refused = late.waitForResponse((r) => r.url().endsWith("/advice"));
    await late.getByRole("button", { name: "Send my advice" }).click();
    expect((await refused).status()).toBe(409);
    await expect(
      late.getByRole("alert").filter({ hasText: "The session ended before your advice was sent" }),
    ).toBeVisible();
    await expect(late.getByLabel("Your advice for a new student")).toHaveValue(
      "Ask when you don't know.",
    );
    await expect(late.getByRole("button", { name: "Send my advice" })).toBeHidden();
    await screen(late, info, "phone-advice-after-end");

    await page.reload();
    await expect(heading(page)).toHaveText("This session has ended");
    await expectNoSidewaysScroll(page);
  });
});
