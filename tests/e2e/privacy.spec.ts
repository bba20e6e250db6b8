// The student privacy page: in six languages, one tap from every student page, usable at
// 360 px and by keyboard; and "forget this device" after answering a survey.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, PHONE, test } from "./fixtures";
import { answer, answersFor, expectNoSidewaysScroll, next, pulse } from "./survey-helpers";
import { ADMIN, signIn } from "./staff-sign-in";

const LOCALES = ["en", "da", "nl", "nb", "et", "fr"] as const;

function messages(locale: string, namespace: string) {
  return JSON.parse(
    readFileSync(path.join(process.cwd(), "messages", locale, `${namespace}.json`), "utf8"),
  );
}

test.use({ viewport: PHONE });

async function privacyLinkInFooter(page: Page, label: string) {
  const link = page.getByRole("contentinfo").getByRole("link", { name: label });
  await expect(link).toBeVisible();
  return link;
}

test("the privacy page, in every language, is one tap from the footer of the landing page", async ({
  page,
}) => {
  for (const locale of LOCALES) {
    const common = messages(locale, "common");
    const privacy = messages(locale, "privacy");
    await page.goto(`/${locale}`);
    await (await privacyLinkInFooter(page, common.privacy)).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/privacy$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(privacy.title);
    await expect(page).toHaveTitle(new RegExp(`^${privacy.metaTitle}`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const section of ["stored", "who", "keep", "contact", "rights", "forget"]) {
      await expect(
        page.getByRole("heading", { level: 2, name: privacy[section].title }),
      ).toBeVisible();
    }
    // No school known on a fresh phone: the page says to ask the school.
    await expect(page.getByText(privacy.contact.unknown)).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
});

test("every student page links to the privacy page in its footer", async ({ page }) => {
  const label = messages("en", "common").privacy;
  for (const url of [
    "/en/stories",
    "/en/stories/theo-new-class",
    "/en/pathway",
    "/en/s/DEMO01",
    "/en/join",
  ]) {
    await page.goto(url);
    await expect(await privacyLinkInFooter(page, label)).toHaveAttribute("href", "/en/privacy");
  }
});

test("the confirmation opens and closes by keyboard", async ({ page }) => {
  const forget = messages("en", "privacy").forget;
  await page.goto("/en/privacy");
  const button = page.getByRole("button", { name: forget.button });
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: forget.confirmTitle });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(forget.confirmText)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: forget.done })).toHaveCount(0);
});

test("a student answers the survey, reads who to ask at their school, forgets the device: the cookie is gone", async ({
  page,
  browser,
}) => {
  const survey = messages("en", "survey");
  const privacy = messages("en", "privacy");
  const settings = messages("en", "staffSettings");

  // The school's admin sets the data protection contact.
  const staff = await browser.newContext();
  const admin = await staff.newPage();
  await signIn(admin, ADMIN);
  await admin.goto("/en/staff/settings");
  const contact = "Data protection officer: Mette Holm, dpo@demo.belong.vet";
  await admin.getByLabel(settings.dataProtectionContact).fill(contact);
  await admin.getByRole("button", { name: settings.save }).click();
  await expect(admin.getByText(settings.notices.saved)).toBeVisible();
  await staff.close();

  // The student answers the survey; its first screen links to the privacy page.
  await page.goto("/en/s/DEMO01");
  await expect(page.getByRole("link", { name: survey.intro.privacy })).toHaveAttribute(
    "href",
    "/en/privacy?from=DEMO01",
  );
  await page.getByRole("button", { name: survey.intro.start }).click();
  await page.getByRole("radio", { name: "Chefs 1C" }).check();
  await next(page, /^(Next|Skip)$/);
  const answers = answersFor("high");
  for (const [i, item] of pulse.items.entries()) {
    await answer(page, "en", item, answers[item.key]);
    await next(page, i === pulse.items.length - 1 ? survey.question.send : /^(Next|Skip)$/);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(survey.thanks.title);
  const deviceCookie = async () =>
    (await page.context().cookies()).find((c) => c.name === "belong_device");
  expect(await deviceCookie()).toBeDefined();

  // The privacy page knows the school from this device and shows its contact.
  await page.goto("/en/privacy");
  await expect(page.getByText(contact)).toBeVisible();
  await expect(page.getByText("Demo VET College", { exact: false }).first()).toBeVisible();

  await page.getByRole("button", { name: privacy.forget.button }).click();
  await page.getByRole("dialog").getByRole("button", { name: privacy.forget.confirm }).click();
  await expect(page.getByRole("status").filter({ hasText: privacy.forget.done })).toBeVisible();
  expect(await deviceCookie()).toBeUndefined();

  // The open round's answer went with it: the survey starts afresh on this phone.
  await page.goto("/en/s/DEMO01");
  await expect(page.getByRole("button", { name: survey.intro.start })).toBeVisible();
  await page.goto("/en/privacy");
  await expect(page.getByText(privacy.contact.unknown)).toBeVisible();
});
