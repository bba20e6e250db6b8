// The coordinators' rounds page end to end: a round created from the browser (after a refused
// closing time), handed to a student's phone by its link, one that opens tomorrow, and
// "close now". Screenshots at desktop and phone width; axe on every page (fixtures).
import type { Browser, Page, TestInfo } from "@playwright/test";
import { checkA11y, expect, PHONE, test } from "./fixtures";
import { ADMIN, COORDINATOR, signIn } from "./staff-sign-in";
import { expectNoSidewaysScroll } from "./survey-helpers";

const DESKTOP = { width: 1280, height: 800 } as const;

test.use({ viewport: DESKTOP });

/** A datetime-local value `days` from today (UTC date) at `time`, the school's clock. */
function day(days: number, time = "08:00"): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return `${date.toISOString().slice(0, 10)}T${time}`;
}

async function fillRound(
  page: Page,
  round: { name: string; kind?: string; groups: string[]; opens: string; closes: string },
) {
  await page.getByLabel("Name", { exact: true }).fill(round.name);
  if (round.kind) await page.getByLabel("Kind", { exact: true }).selectOption(round.kind);
  for (const group of round.groups) await page.getByRole("checkbox", { name: group }).check();
  await page.getByLabel("Opens", { exact: true }).fill(round.opens);
  await page.getByLabel("Closes", { exact: true }).fill(round.closes);
}

function card(page: Page, name: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
}

/** The student's link of a listed round, opened on a new phone. */
async function openOnPhone(browser: Browser, page: Page, name: string): Promise<Page> {
  const href = await card(page, name)
    .getByRole("link", { name: /\/en\/s\// })
    .getAttribute("href");
  const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
  await phone.goto(href!);
  return phone;
}

/** Pages opened outside the test's own `page` are scanned here. */
async function shot(page: Page, info: TestInfo, name: string) {
  await checkA11y(page);
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

test.describe("survey rounds for coordinators", () => {
  test("a coordinator creates, shares and closes rounds; students see each state", async ({
    page,
    browser,
  }, info) => {
    await signIn(page, COORDINATOR);
    await page.getByRole("link", { name: "Survey rounds" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Survey rounds" })).toBeVisible();

    // A closing time before the opening: refused next to the field, nothing typed is lost.
    const name = `Autumn check ${Date.now()}`;
    await fillRound(page, {
      name,
      kind: "PULSE",
      groups: ["Electricians 1A", "Chefs 1C"],
      opens: day(-1),
      closes: day(-2),
    });
    await page.getByRole("button", { name: "Create round" }).click();
    const closes = page.getByLabel("Closes", { exact: true });
    await expect(page.getByText("Enter a closing date and time after the opening.")).toBeVisible();
    await expect(closes).toHaveAttribute("aria-invalid", "true");
    await expect(closes).toHaveValue(day(-2));
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
    await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("PULSE");
    await expect(page.getByLabel("Opens", { exact: true })).toHaveValue(day(-1));
    await expect(page.getByRole("checkbox", { name: "Chefs 1C" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Health care 1B" })).not.toBeChecked();
    await shot(page, info, "1-desktop-error");

    await closes.fill(day(14, "16:00"));
    await page.getByRole("button", { name: "Create round" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/rounds\?notice=created$/);
    await expect(page.getByText(/^The round has been created\./)).toBeVisible();
    const created = card(page, name);
    await expect(created.getByText("Open", { exact: true })).toBeVisible();
    await expect(created).toContainText("Pulse");
    await expect(created).toContainText("Chefs 1C, Electricians 1A");
    const code = (await created.locator("dd.font-mono").textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    const qr = created.getByRole("img", { name: /QR code for/ });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(
      created.getByRole("link", { name: `Printable poster for ${name}` }),
    ).toHaveAttribute("href", `/en/s/${code}/poster`);
    await shot(page, info, "2-desktop-list");

    // The student's link on a phone: the survey's intro.
    const student = await openOnPhone(browser, page, name);
    await expect(student.getByRole("heading", { level: 1 })).toHaveText("How are things here?");
    await expect(student.getByRole("button", { name: "Start" })).toBeVisible();
    await expectNoSidewaysScroll(student);
    await shot(student, info, "3-phone-student-intro");

    // A round that opens tomorrow: the student is told when, kindly.
    const later = `Tomorrow's pulse ${Date.now()}`;
    await fillRound(page, {
      name: later,
      groups: ["Health care 1B"],
      opens: day(1),
      closes: day(8),
    });
    await page.getByRole("button", { name: "Create round" }).click();
    await expect(card(page, later).getByText("Not open yet", { exact: true })).toBeVisible();
    const early = await openOnPhone(browser, page, later);
    await expect(early.getByRole("heading", { level: 1 })).toHaveText(
      "This survey hasn't opened yet",
    );
    await expect(early.getByText(/^It opens on /)).toBeVisible();
    await shot(early, info, "4-phone-not-open-yet");

    // Close now, confirmed in a dialog: the student's link says the survey has closed.
    await created.getByRole("button", { name: new RegExp(`^Close now ?: ${name}$`) }).click();
    const dialog = page.getByRole("dialog", { name: `Close “${name}” now?` });
    await expect(dialog).toBeVisible();
    await shot(page, info, "5-desktop-close-dialog");
    await dialog.getByRole("button", { name: "Close the round" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/rounds\?notice=closed$/);
    await expect(card(page, name).getByText("Closed", { exact: true })).toBeVisible();
    await expect(card(page, name).getByRole("button", { name: /Close now/ })).toHaveCount(0);
    await student.goto(student.url());
    await expect(student.getByRole("heading", { level: 1 })).toHaveText("This survey has closed");
    await shot(student, info, "6-phone-closed");
    // The page itself answers 200 (Next sets no other status for a rendered page); answers
    // sent to the closed round anyway are refused with 409.
    const late = await student.request.post("/api/v1/survey-responses", {
      data: { roundCode: code, submissionId: crypto.randomUUID(), locale: "en", answers: {} },
    });
    expect(late.status()).toBe(409);
    expect(await late.json()).toMatchObject({ code: "round_closed" });

    // Both changes are in the audit log, which the school's admin reads, in words.
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, ADMIN);
    await admin.goto("/en/staff/audit");
    for (const label of ["Survey round closed", "Survey round created"]) {
      const entry = admin
        .getByRole("listitem")
        .filter({ hasText: label })
        .filter({ hasText: name });
      await expect(entry.first(), label).toBeVisible();
    }
    await expect(admin.getByText(/round_c(losed|reated)/)).toHaveCount(0);
    await admin.context().close();

    // The same page on a phone.
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await shot(page, info, "7-phone-rounds-page");
    // The full page is too long to read at once: the first screen and the form as seen.
    await page.screenshot({ path: info.outputPath("8-phone-rounds-top.png") });
    await card(page, name).screenshot({ path: info.outputPath("8-phone-round-card.png") });
    await page.getByLabel("Kind", { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath("9-phone-rounds-form.png") });
  });
});
