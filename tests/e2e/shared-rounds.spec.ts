// A network's shared round: the demo network's lead defines one, the demo school (made a member
// first, unless an earlier spec already did) adopts it on its rounds page for one group and gets
// its own code and poster, and the lead sees the school among those that adopted it. axe scans
// every page the test opens.
import type { Browser, Page } from "@playwright/test";
import { checkA11y, expect, PHONE, test } from "./fixtures";
import { ADMIN, COORDINATOR, DEMO_PASSWORD } from "./staff-sign-in";

const LEAD = "network@demo.belong.vet";
const DAY = 24 * 60 * 60 * 1000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

async function signedIn(browser: Browser, email: string, landing: RegExp): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/staff/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').first().click();
  await expect(page).toHaveURL(landing);
  return page;
}

/** The demo school joins the demo network (the lead invites, its admin accepts) if it has not. */
async function ensureMember(lead: Page, admin: Page) {
  await admin.goto("/en/staff/settings");
  const joined = admin.getByRole("button", { name: "Leave the network" });
  if (await joined.isVisible()) return;
  const code = (await admin.getByTestId("school-code").textContent())!.trim();
  await lead.goto("/en/staff/network");
  await lead.getByLabel("Invite a school").fill(code);
  await lead.getByRole("button", { name: "Send invitation" }).click();
  await expect(lead.getByRole("status").filter({ hasText: /\S/ })).toContainText("is invited");
  await admin.reload();
  await admin.getByRole("button", { name: "Accept and join" }).click();
  await expect(admin.getByRole("status").filter({ hasText: /\S/ })).toContainText(
    "Your school has joined the network.",
  );
}

test("a lead defines a shared round and a member school's coordinator adopts it", async ({
  browser,
}) => {
  const lead = await signedIn(browser, LEAD, /\/en\/staff\/network$/);
  const admin = await signedIn(browser, ADMIN, /\/en\/staff$/);
  await ensureMember(lead, admin);

  // The lead: from the report to the shared rounds; the demo's two are adopted by four schools.
  await lead.goto("/en/staff/network");
  await lead.getByRole("link", { name: "Shared rounds" }).click();
  await expect(lead.getByRole("heading", { level: 1, name: "Shared rounds" })).toBeVisible();
  await expect(lead.getByTestId("shared-rounds")).toContainText("4 schools:");
  await checkA11y(lead);

  // A window that ends before it starts is refused next to the field, and what was typed stays.
  await lead.getByLabel("Name").fill("Spring check-in");
  await lead.getByLabel("First day").fill(day(1));
  await lead.getByLabel("Last day").fill(day(0));
  await lead.getByRole("button", { name: "Define the shared round" }).click();
  await expect(lead.getByText("The last day cannot come before the first day.")).toBeVisible();
  await expect(lead.getByLabel("Name")).toHaveValue("Spring check-in");
  await checkA11y(lead);

  await lead.getByLabel("First day").fill(day(0));
  await lead.getByLabel("Last day").fill(day(14));
  await lead.getByRole("button", { name: "Define the shared round" }).click();
  await expect(lead.getByRole("status").filter({ hasText: /\S/ })).toContainText(
    "The shared round is defined.",
  );
  const spring = lead.getByTestId("shared-rounds").getByRole("listitem").first();
  await expect(spring).toContainText("Spring check-in");
  await expect(spring).toContainText("No school has adopted it yet.");

  // The coordinator adopts it for one group and gets the school's own code and poster.
  const coordinator = await signedIn(browser, COORDINATOR, /\/en\/staff$/);
  await coordinator.goto("/en/staff/rounds");
  const shared = coordinator.getByRole("region", { name: "Shared rounds from your networks" });
  const card = shared.getByRole("listitem").filter({ hasText: "Spring check-in" });
  await expect(card).toContainText("BelongVET pilot 2026-27");
  await checkA11y(coordinator);
  await card.getByRole("checkbox", { name: "Electricians 1A" }).check();
  await card.getByRole("button", { name: "Adopt Spring check-in" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: /\S/ })).toContainText(
    "Adopted. Your school's round is in the list above",
  );
  const adopted = shared.getByRole("listitem").filter({ hasText: "Spring check-in" });
  const code = (await adopted.locator(".font-mono").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4,}$/);
  // The round list has the school's own round with the same code and its poster.
  const ownRound = coordinator
    .getByRole("region", { name: "Rounds", exact: true })
    .getByRole("listitem")
    .filter({ hasText: code });
  await expect(ownRound).toContainText("Spring check-in");
  await checkA11y(coordinator);
  // Its groups can be marked for the network's comparison from here too.
  await expect(
    shared.getByRole("link", { name: "Mark intervention and comparison groups" }),
  ).toHaveAttribute("href", "/en/staff/rounds/arms");

  await adopted.getByRole("link", { name: "Printable poster for Spring check-in" }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/en/s/${code}/poster$`));
  await expect(coordinator.getByText(code).first()).toBeVisible();

  // A school's coordinator leads no network: the lead's page is not there for them.
  const notTheirs = await coordinator.goto("/en/staff/network/rounds");
  expect(notTheirs?.status()).toBe(404);

  // The lead sees the school among those that adopted it, and nothing of the school's round.
  await lead.reload();
  await expect(spring).toContainText("1 school: Demo VET College");
  await expect(lead.getByTestId("shared-rounds")).not.toContainText(code);
  await checkA11y(lead);

  // On a phone the page never scrolls sideways.
  await lead.setViewportSize(PHONE);
  await lead.reload();
  const overflow = await lead.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await checkA11y(lead);

  // The pilot report says how many schools ran the shared rounds (the demo's four).
  await lead.goto("/en/staff/network/pilot-report");
  await expect(
    lead.getByText(/^4 of the \d+ schools ran the network's shared rounds/),
  ).toBeVisible();
});
