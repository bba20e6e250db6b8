// A teacher's Monday morning at 1920x1080: choosing stories by their teaser and opening, the
// join address and the counts as large as the step's text, the controls fading while the
// class reads, the advice wall shown during the debrief from the projector's own controls,
// the summary in projector type; and trying the phone and the pathway as a student first,
// with nothing counted.
import type { Locator, Page } from "@playwright/test";
import { checkA11y, expect, PROJECTOR, test } from "./fixtures";
import { heading, projectorCode, projectorCount } from "./classroom-steps";
import { h1, readAndSkip } from "./pathway-steps";
import { signIn, TEACHER } from "./staff-sign-in";

const fontSize = (locator: Locator) =>
  locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

/** The smallest font size of any text inside (of each element holding text itself). */
const smallestFont = (locator: Locator) =>
  locator.evaluate((element) =>
    Math.min(
      ...[element, ...element.querySelectorAll("*")]
        .filter((e) =>
          [...e.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? "").trim() !== ""),
        )
        .map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
    ),
  );

const controls = (page: Page) => page.locator("footer[data-idle]");

test.describe("classroom session: the projector from the back row", () => {
  test.use({ viewport: PROJECTOR });

  test("picks stories by their preview, runs the session, shows the wall in step 5 and ends on a projector-sized summary", async ({
    page,
  }) => {
    await signIn(page, TEACHER);
    await page.goto("/en/staff/classroom");
    const picker = page.getByRole("group", { name: "Stories for step 3" });
    const first = picker.getByRole("listitem").first();
    // Each story with its teaser, reading time and topics; the opening behind a disclosure.
    await expect(first.getByText(/min read/)).toBeVisible();
    await expect(first.getByRole("list", { name: "Topics" })).toBeVisible();
    const box = first.getByRole("checkbox");
    await expect(box).toHaveAccessibleDescription(/min read/);
    const opening = first.locator("details p");
    await expect(opening).toBeHidden();
    await first.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(opening).toBeVisible();
    expect((await opening.innerText()).length).toBeGreaterThan(40);
    await checkA11y(page);

    await page.getByLabel("Group").selectOption({ label: "Chefs 1C" });
    await page.getByRole("button", { name: "Start and open the projector" }).click();
    await expect(page).toHaveURL(/\/en\/present\/[^/]+$/);

    // The join address and the counts are at least the size of the step's body text.
    const body = await fontSize(page.locator("[data-step-line]").first());
    expect(body).toBeGreaterThanOrEqual(30);
    const joinAt = page.locator("p", { hasText: /localhost:\d+\/en\/join/ });
    expect(await smallestFont(joinAt)).toBeGreaterThanOrEqual(body);
    expect(await smallestFont(page.locator("aside dl"))).toBeGreaterThanOrEqual(body);
    expect(await fontSize(page.locator("aside dl dd").first())).toBeGreaterThan(body);
    await expect(projectorCount(page, /students joined/)).toHaveText("0");

    // Left alone, the controls fade; the mouse brings them back.
    await expect(controls(page)).toHaveAttribute("data-idle", "true", { timeout: 8_000 });
    await expect(controls(page)).toHaveCSS("opacity", "0");
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 320);
    await expect(controls(page)).toHaveAttribute("data-idle", "false");
    await expect(controls(page)).toHaveCSS("opacity", "1");
    // A control reached with the keyboard keeps them visible, however long it waits.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(controls(page)).toHaveAttribute("data-idle", "true", { timeout: 8_000 });
    await expect(controls(page)).toHaveCSS("opacity", "1");
    // With reduced motion they go and come without a transition.
    await page.emulateMedia({ reducedMotion: "reduce" });
    const duration = await controls(page).evaluate((e) => getComputedStyle(e).transitionDuration);
    expect(Number.parseFloat(duration)).toBeLessThan(0.01);
    await page.locator("body").click({ position: { x: 5, y: 5 } });

    // Step 5, the debrief: W shows the wall inside the projector, in projector type.
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await expect(page.getByText("Step 5 of 5")).toBeVisible();
    await page.keyboard.press("w");
    await expect(
      page.getByRole("heading", { level: 1, name: "Advice for next year's students" }),
    ).toBeVisible();
    const wallItems = page.getByRole("region", { name: "Advice for next year's students" });
    await expect(wallItems.getByText("Give it a few weeks", { exact: false })).toBeVisible();
    expect(await smallestFont(wallItems.locator("li").first())).toBeGreaterThanOrEqual(body);
    await expect(page.getByRole("button", { name: "Hide the advice wall" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    // The join code stays on the screen beside the wall.
    expect(await projectorCode(page)).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    await checkA11y(page);
    await page.screenshot({ path: "test-results/classroom-wall-1920.png" });
    await page.keyboard.press("Escape");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(
      "Advice for next year's students",
    );
    await page.getByRole("button", { name: "Show the advice wall" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Advice for next year's students" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Hide the advice wall" }).click();

    // The end: the summary fills the projector, the wall is one button away.
    await page.getByRole("button", { name: "End the session" }).click();
    await page.getByRole("button", { name: "End it" }).click();
    const summary = page.getByRole("heading", { level: 1, name: "The session has ended" });
    await expect(summary).toBeVisible();
    expect(await fontSize(summary)).toBeGreaterThanOrEqual(72);
    expect(await smallestFont(page.locator("dl"))).toBeGreaterThanOrEqual(body);
    await checkA11y(page);
    await page.getByRole("button", { name: "Show the advice wall" }).click();
    await expect(wallItems.getByText("Give it a few weeks", { exact: false })).toBeVisible();
    await checkA11y(page);
  });

  test("a teacher tries the phone and the pathway as a student: nothing is counted", async ({
    page,
    context,
  }) => {
    await signIn(page, TEACHER);
    await page.goto("/en/staff/classroom");
    await page.getByLabel("Group").selectOption({ label: "Chefs 1C" });
    await page.getByRole("button", { name: "Start and open the projector" }).click();
    await expect(page).toHaveURL(/\/en\/present\/[^/]+$/);
    const code = await projectorCode(page);

    // From the classroom page, in another tab of the same browser.
    const student = await context.newPage();
    await student.setViewportSize({ width: 360, height: 740 });
    await student.goto("/en/staff/classroom");
    await student.getByRole("button", { name: "Try it as a student" }).click();
    await expect(student).toHaveURL(/\/en\/join\/preview/);
    await expect(
      student.getByRole("heading", { name: "Preview: try it as a student" }),
    ).toBeVisible();
    await expect(heading(student)).toHaveText("Look at the board");
    await checkA11y(student);
    const next = student.getByRole("button", { name: "Next screen" });
    await next.click();
    await expect(heading(student)).toHaveText("Listen to your teacher");
    await next.click();
    await expect(heading(student)).toHaveText("Read the stories");
    await next.click();
    await expect(heading(student)).toHaveText("Write your advice");
    await student
      .getByLabel("Your advice for a new student")
      .fill("Ask the trainer when you are stuck.");
    await student.getByRole("radio", { name: "Yes, show it (without my name)" }).check();
    await student.getByRole("button", { name: "Send my advice" }).click();
    await expect(heading(student)).toHaveText("Thank you!");
    await next.click();
    await next.click();
    await expect(heading(student)).toHaveText("That's it, thank you!");
    await expect(next).toBeDisabled();

    // The real session's phone page, opened in the preview, is not counted in.
    await student.goto(`/en/join/${code}`);
    await expect(heading(student)).toHaveText("Look at the board");

    // The pathway knows the teacher's school and says nothing is stored.
    await student.goto("/en/pathway");
    await expect(
      student.getByText("You are trying the pathway as a student", { exact: false }),
    ).toBeVisible();
    await student.getByRole("button", { name: "Let's start" }).click();
    await expect(h1(student)).toHaveText("Pick a story");
    await readAndSkip(student, "Amira");
    await readAndSkip(student, "Théo");
    await student.getByRole("button", { name: "Write my advice" }).click();
    await student.getByLabel("Your advice").fill("Sit with someone new at lunch.");
    await student.getByRole("button", { name: "Next" }).click();
    await student.getByRole("radio", { name: /^Yes, my advice may be shown/ }).check();
    await student.getByRole("button", { name: "Send my advice" }).click();
    await expect(h1(student)).toHaveText(/^Thank you!/);

    await expect(projectorCount(page, /students joined/)).toHaveText("0");
    await expect(projectorCount(page, /advice/)).toHaveText("0");

    // Leaving the preview: the browser is a student's again; the preview page says so.
    await student.getByRole("button", { name: "Leave the preview" }).click();
    await expect(student).toHaveURL(/\/en\/staff\/classroom$/);
    await student.goto("/en/join/preview");
    await expect(
      student.getByRole("heading", { level: 1, name: "This preview has ended" }),
    ).toBeVisible();
  });
});
