// A teacher's own story in their own lesson: the coordinator allows the teacher to write stories,
// the teacher writes one and a colleague approves it; the teacher picks it for a classroom
// session (marked as the school's own), the phones read it in step 3, and the wall is shown in
// step 5 in projector type at 1920x1080.
import type { Locator } from "@playwright/test";
import { LOCAL_STORY_EN } from "../support/local-story";
import { heading, joinOnPhone, projectorCode } from "./classroom-steps";
import { checkA11y, expect, PROJECTOR, test } from "./fixtures";
import { fillText } from "./local-story-steps";
import { COORDINATOR, signIn, TEACHER } from "./staff-sign-in";

const STORY = { ...LOCAL_STORY_EN, title: "Our first week in the workshop" };

const fontSize = (locator: Locator) =>
  locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

test("a teacher the coordinator allows writes a story and reads it with the class", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  // The teacher has no story pages until the coordinator allows it.
  const teacherContext = await browser.newContext({ viewport: PROJECTOR });
  const teacher = await teacherContext.newPage();
  await signIn(teacher, TEACHER);
  expect((await teacher.goto("/en/staff/stories"))?.status()).toBe(404);

  await signIn(page, COORDINATOR);
  await page.goto("/en/staff/stories");
  const writers = page.getByRole("region", { name: "Teachers who may write stories" });
  await writers.getByRole("checkbox", { name: "Demo Teacher" }).check();
  await writers.getByRole("button", { name: "Save who may write" }).click();
  await expect(page.getByText("Saved: these teachers may write stories.")).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Teachers who may write stories" })
      .getByRole("checkbox", { name: "Demo Teacher" }),
  ).toBeChecked();
  await checkA11y(page);

  // The teacher writes and sends it for review; they cannot approve it themselves.
  await teacher.goto("/en/staff/stories");
  await expect(teacher.getByRole("region", { name: "Teachers who may write stories" })).toHaveCount(
    0,
  );
  await teacher.getByRole("link", { name: "Write a story" }).click();
  await teacher.getByLabel("Name in the story").fill("Mira");
  await teacher.getByLabel("Programme").fill("Electrician, first year");
  await teacher.getByLabel("The workshop").check();
  await fillText(teacher, STORY);
  await teacher.getByRole("button", { name: "Send for review" }).click();
  await expect(teacher.getByText("Sent for review. A colleague will read it.")).toBeVisible();
  await expect(teacher.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  const storyUrl = new URL(teacher.url()).pathname;

  await page.goto(storyUrl);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByText("Published: your school's students can now read it.")).toBeVisible();

  // The picker offers it first, marked as the school's own, with its teaser.
  await teacher.goto("/en/staff/classroom");
  const picker = teacher.getByRole("group", { name: "Stories for step 3" });
  const ours = picker.getByRole("listitem").filter({ hasText: STORY.title });
  await expect(ours.getByText("Our school's story")).toBeVisible();
  await expect(ours.getByText(STORY.teaser)).toBeVisible();
  // The school's newest own story is ticked to begin with.
  await expect(ours.getByRole("checkbox")).toBeChecked();
  const ticked = picker.getByRole("checkbox", { checked: true });
  while ((await ticked.count()) > 0) await ticked.first().uncheck();
  await ours.getByRole("checkbox").check();
  await picker.getByRole("checkbox", { name: "The only one who didn't know the tools" }).check();
  await teacher.getByLabel("Group").selectOption({ label: "Chefs 1C" });
  await teacher.getByRole("button", { name: "Start and open the projector" }).click();
  await expect(teacher).toHaveURL(/\/en\/present\/[^/]+$/);

  // A phone in the room reads it in step 3; the projector names it.
  const phone = await joinOnPhone(browser, await projectorCode(teacher));
  await teacher.keyboard.press("ArrowRight");
  await teacher.keyboard.press("ArrowRight");
  await expect(teacher.getByText(STORY.title)).toBeVisible();
  await expect(heading(phone)).toHaveText("Read the stories");
  await expect(phone.locator("article")).toHaveCount(2);
  await expect(phone.getByRole("heading", { name: STORY.title })).toBeVisible();
  await expect(phone.getByText(/I did not ask anything/)).toBeVisible();
  await checkA11y(phone);

  // Step 5: the wall in projector type, no smaller than the step's own text.
  await teacher.keyboard.press("ArrowRight");
  await teacher.keyboard.press("ArrowRight");
  await expect(teacher.getByText("Step 5 of 5")).toBeVisible();
  const body = await fontSize(teacher.locator("[data-step-line]").first());
  await teacher.keyboard.press("w");
  const wall = teacher.getByRole("region", { name: "Advice for next year's students" });
  await expect(wall.locator("li").first()).toBeVisible();
  expect(await fontSize(wall.locator("li").first())).toBeGreaterThanOrEqual(body);
  expect(body).toBeGreaterThanOrEqual(30);
  await teacher.screenshot({ path: "test-results/local-story-wall-1920.png" });

  // Allowed no longer: the story pages are gone for the teacher; their story stays published.
  await page.goto("/en/staff/stories");
  await writers.getByRole("checkbox", { name: "Demo Teacher" }).uncheck();
  await writers.getByRole("button", { name: "Save who may write" }).click();
  await expect(page.getByText("Saved: these teachers may write stories.")).toBeVisible();
  expect((await teacher.goto("/en/staff/stories"))?.status()).toBe(404);
  await teacher.goto("/en/staff");
  await expect(
    teacher.getByRole("navigation", { name: "Staff pages" }).getByRole("link"),
  ).toHaveText(["Overview", "Classroom session", "Groups"]);
  await teacherContext.close();
});
