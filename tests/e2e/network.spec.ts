// The demo network's lead signs in, reads the pilot's report on a laptop and on a phone, and
// finds none of a school's own pages. A school's admin accepts an invitation on Settings and
// the school appears in the report. axe scans every page the tests open.
import type { Page } from "@playwright/test";
import { checkA11y, expect, PHONE, test } from "./fixtures";
import { ADMIN, DEMO_PASSWORD } from "./staff-sign-in";

const LEAD = "network@demo.belong.vet";

async function signInAs(page: Page, email: string, landing: RegExp) {
  await page.goto("/en/staff/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').first().click();
  await expect(page).toHaveURL(landing);
}

async function expectReport(page: Page) {
  await expect(
    page.getByRole("heading", { level: 1, name: "BelongVET pilot 2026-27" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: /per school and pooled/ });
  for (const school of ["Roskilde", "Tartu", "Bergen", "Utrecht"]) {
    await expect(table.getByRole("row", { name: new RegExp(school) })).toContainText(/\d+ of \d+/);
  }
  await expect(page.getByTestId("network-pooled")).toContainText(
    "All schools together (4 schools)",
  );
  // Each school's intervention and comparison groups, and what weighs on its students.
  const arms = page.getByRole("table", { name: /Intervention and comparison groups/ });
  await expect(arms.getByRole("row", { name: /Roskilde/ })).toContainText(/\d+ students/);
  const activity = page.getByRole("table", { name: /Barriers, Digital Pathway/ });
  await expect(activity.getByRole("row", { name: /Tartu/ })).toContainText(/%/);
  const pooled = page.getByTestId("pooled-change");
  await expect(pooled).toContainText(/Across 4 schools \(\d+ students\), belonging changed by/);
  await expect(pooled).toContainText(/I² = \d+%/);
  await expect(pooled).toContainText("DerSimonian-Laird");
}

test.describe("network lead", () => {
  test("reads the report and the printable pilot report at 1280 px and at 360 px", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, LEAD, /\/en\/staff\/network$/);
    await expectReport(page);
    await checkA11y(page);

    await page.setViewportSize(PHONE);
    await page.reload();
    await expectReport(page);
    // The page itself never scrolls sideways on a phone; only the table's own box does.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await checkA11y(page);

    // The printable pilot report: the same figures, the design and what they cannot say.
    await page.getByRole("link", { name: "Printable pilot report" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "BelongVET pilot 2026-27: pilot report" }),
    ).toBeVisible();
    await expect(page.getByTestId("network-pooled")).toContainText("(4 schools)");
    await expect(
      page.getByRole("heading", { name: "What these figures can and cannot say" }),
    ).toBeVisible();
    await checkA11y(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await checkA11y(page);
  });

  test("cannot open any school's own pages or staff APIs", async ({ page }) => {
    await signInAs(page, LEAD, /\/en\/staff\/network$/);
    for (const path of [
      "results",
      "rounds",
      "moderation",
      "safeguarding",
      "people",
      "settings",
      "groups",
      "audit",
      "classroom",
    ]) {
      const response = await page.goto(`/en/staff/${path}`);
      expect(response?.status(), path).toBe(404);
    }
    const api = await page.request.get("/api/v1/staff/groups");
    expect(api.status()).toBe(401);
    const csv = await page.request.get("/api/v1/staff/exports/results");
    expect(csv.status()).toBe(401);
  });
});

test("a school's admin accepts an invitation and the school joins the report", async ({
  page: admin,
  browser,
}) => {
  await signInAs(admin, ADMIN, /\/en\/staff$/);
  await admin.goto("/en/staff/settings");
  await expect(admin.getByRole("heading", { name: "Networks" })).toBeVisible();
  const code = (await admin.getByTestId("school-code").textContent())!.trim();

  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signInAs(lead, LEAD, /\/en\/staff\/network$/);
  await lead.getByLabel("Invite a school").fill(code);
  await lead.getByRole("button", { name: "Send invitation" }).click();
  await expect(lead.getByRole("status").filter({ hasText: /\S/ })).toContainText(
    "Demo VET College is invited",
  );
  // Invited is not joined: the school is listed as waiting and is not in the report.
  await expect(lead.getByTestId("network-members")).toContainText(
    "waiting for the school's answer",
  );
  await expect(lead.getByTestId("network-table")).not.toContainText("Demo VET College");

  await admin.reload();
  await admin.getByRole("button", { name: "Accept and join" }).click();
  await expect(admin.getByRole("status").filter({ hasText: /\S/ })).toContainText(
    "Your school has joined the network.",
  );
  await checkA11y(admin);

  // A member school marks its open round's groups as intervention or comparison groups.
  await admin.getByRole("link", { name: "Mark intervention and comparison groups" }).click();
  await expect(
    admin.getByRole("heading", { level: 1, name: "Intervention and comparison groups" }),
  ).toBeVisible();
  await admin.getByRole("combobox").first().selectOption("INTERVENTION");
  await admin.getByRole("button", { name: "Save" }).first().click();
  await expect(admin.getByRole("status").filter({ hasText: /\S/ })).toContainText("Saved.");
  await expect(admin.getByRole("combobox").first()).toHaveValue("INTERVENTION");
  await checkA11y(admin);

  await lead.reload();
  await expect(lead.getByTestId("network-table")).toContainText("Demo VET College");
  await expect(lead.getByTestId("network-pooled")).toContainText("All schools together");
  await checkA11y(lead);
  await leadContext.close();
});
