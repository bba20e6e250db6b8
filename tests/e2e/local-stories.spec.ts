// A school's own story, end to end: a coordinator writes it in two languages in the guided
// editor, a colleague (the demo admin) approves it, a student of that school finds it in the
// library and the pathway, and a device that knows no school never sees it.
import { LOCAL_STORY_DA, LOCAL_STORY_EN } from "../support/local-story";
import { expect, PHONE, test } from "./fixtures";
import { fillText } from "./local-story-steps";
import { h1, start } from "./pathway-steps";
import { ADMIN, COORDINATOR, signIn } from "./staff-sign-in";

test("a local story is written, approved by a colleague and read by that school's students only", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, COORDINATOR);
  await page.goto("/en/staff/stories");
  await page.getByRole("link", { name: "Write a story" }).click();
  await expect(h1(page)).toHaveText("Write a local story");

  await page.getByLabel("Name in the story").fill("Mira");
  await page.getByLabel("Programme").fill("Electrician, first year");
  await page.getByLabel("The workshop").check();
  // The checks follow the typing: a story with only a title is missing its five parts.
  await page.getByLabel("Title", { exact: true }).fill(LOCAL_STORY_EN.title);
  await expect(page.getByText(/^Missing or too short:/)).toBeVisible();
  await fillText(page, LOCAL_STORY_EN);
  await expect(page.getByText("All five parts are there.")).toBeVisible();
  await expect(page.getByText("Told in the first person")).toBeVisible();
  await expect(page.getByText(/^Reading level: Flesch \d/)).toBeVisible();
  await expect(page.getByTestId("phone-preview")).toContainText(LOCAL_STORY_EN.worry);
  // A classmate's name without consent is caught as the author types it.
  await page.getByLabel("3. Others felt it too").fill(`${LOCAL_STORY_EN.othersToo} I told Jonas.`);
  await expect(page.getByText("Possible names: Jonas")).toBeVisible();
  await page.getByLabel("3. Others felt it too").fill(LOCAL_STORY_EN.othersToo);

  await page.getByLabel("Language of the text").selectOption("da");
  await fillText(page, LOCAL_STORY_DA);
  await expect(page.getByText(/^Reading level: LIX \d/)).toBeVisible();
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByText("Sent for review. A colleague will read it.")).toBeVisible();
  await expect(page).toHaveURL(/\/en\/staff\/stories\/[\w-]+/);
  const storyUrl = new URL(page.url()).pathname;
  const id = storyUrl.split("/").at(-1)!;
  // The author cannot approve their own story.
  await expect(page.getByText(/waiting for a colleague's review/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

  const colleague = await browser.newContext();
  const admin = await colleague.newPage();
  await signIn(admin, ADMIN);
  await admin.goto(storyUrl);
  await admin.getByLabel("Comment").fill("Warm and concrete. Thank you!");
  await admin.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByText("Published: your school's students can now read it.")).toBeVisible();
  await expect(admin.getByText("Warm and concrete. Thank you!")).toBeVisible();
  await colleague.close();

  // A student of the demo school: the device knows the school from its code.
  const studentContext = await browser.newContext({ viewport: PHONE });
  const student = await studentContext.newPage();
  const remembered = await student.request.post("/api/v1/school", { data: { code: "DEMO01" } });
  expect(remembered.status()).toBe(204);
  await student.goto("/en/stories");
  const card = student.getByRole("link", { name: LOCAL_STORY_EN.title });
  await expect(card).toBeVisible();
  await expect(student.getByText("From your school")).toBeVisible();
  await card.click();
  await expect(h1(student)).toHaveText(LOCAL_STORY_EN.title);
  await expect(student.getByText(/I did not ask anything/)).toBeVisible();
  await student.goto("/da/stories");
  await expect(student.getByRole("link", { name: LOCAL_STORY_DA.title })).toBeVisible();
  // French has no text: the story does not show there.
  await student.goto("/fr/stories");
  await expect(student.getByRole("link", { name: LOCAL_STORY_EN.title })).toHaveCount(0);
  await start(student);
  await student.getByRole("button", { name: "Read Mira's story" }).click();
  await expect(student.getByText(/I did not ask anything/)).toBeVisible();
  await studentContext.close();

  // A device that knows no school (or another one) never sees it.
  const strangerContext = await browser.newContext({ viewport: PHONE });
  const stranger = await strangerContext.newPage();
  await stranger.goto("/en/stories");
  await expect(stranger.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(stranger.getByRole("link", { name: LOCAL_STORY_EN.title })).toHaveCount(0);
  const direct = await stranger.goto(`/en/stories/local/${id}`);
  expect(direct?.status()).toBe(404);
  await strangerContext.close();
});
