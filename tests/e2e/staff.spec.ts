// Staff accounts end to end: sign-in, an invitation read from the captured mail, a new
// coordinator creating a group, a teacher refused coordinator pages, axe on every page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { checkA11y, expect, PHONE, test } from "./fixtures";
import { ADMIN, DEMO_PASSWORD, signIn, TEACHER } from "./staff-sign-in";

const OUTBOX = ".data/e2e/outbox";

interface Mail {
  to: string;
  subject: string;
  text: string;
}

async function mailTo(address: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(() => {
      if (!existsSync(OUTBOX)) return undefined;
      found = readdirSync(OUTBOX)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(OUTBOX, f), "utf8")) as Mail)
        .filter((m) => m.to === address)
        .at(-1);
      return found?.to;
    })
    .toBe(address);
  return found!;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe("staff", () => {
  test("an admin invites a coordinator, who joins through the mailed link and creates a group", async ({
    page,
    browser,
  }) => {
    const email = `coordinator-${Date.now()}@e2e.test`;
    await signIn(page, ADMIN, DEMO_PASSWORD);
    await page.getByRole("link", { name: "People" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
    await checkA11y(page);

    await page.getByLabel("Email address").fill(email);
    await page.getByRole("radio", { name: /^Coordinator/ }).check();
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`The invitation to ${email} has been sent.`)).toBeVisible();
    // Without SMTP the admin also sees the link to pass on.
    await expect(page.getByLabel("Give them this link")).toHaveValue(/\/en\/staff\/invitation\//);
    await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText(
      "Coordinator",
    );
    await checkA11y(page);

    const mail = await mailTo(email);
    expect(mail.subject).toBe("You're invited to Demo VET College on Belong");
    const link = mail.text.match(/http:\/\/\S+\/en\/staff\/invitation\/[\w-]+/)?.[0];
    expect(link).toBeDefined();

    const coordinator = await newPage(browser);
    await coordinator.goto(link!);
    await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(
      "Join Demo VET College on Belong",
    );
    await checkA11y(coordinator);
    // Mismatched passwords: an error, and the name stays.
    await coordinator.getByLabel("Your name").fill("Camille Coordinator");
    await coordinator.getByLabel("Choose a password").fill("a long new password");
    await coordinator.getByLabel("Password again").fill("a different password");
    await coordinator.getByRole("button", { name: "Create my account" }).click();
    await expect(coordinator.getByText("The two passwords are not the same.")).toBeVisible();
    await expect(coordinator.getByLabel("Your name")).toHaveValue("Camille Coordinator");
    await checkA11y(coordinator);
    await coordinator.getByLabel("Choose a password").fill("a long new password");
    await coordinator.getByLabel("Password again").fill("a long new password");
    await coordinator.getByRole("button", { name: "Create my account" }).click();
    await expect(coordinator).toHaveURL(/\/en\/staff\/sign-in\?notice=accountReady/);
    await expect(coordinator.getByText("Your account is ready.")).toBeVisible();
    await checkA11y(coordinator);

    await signIn(coordinator, email, "a long new password");
    const nav = coordinator.getByRole("navigation", { name: "Staff pages" });
    await expect(nav.getByRole("link", { name: "Groups" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "People" })).toHaveCount(0);
    await nav.getByRole("link", { name: "Groups" }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();
    await checkA11y(coordinator);
    await coordinator.getByRole("link", { name: "New group" }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name: "New group" })).toBeVisible();
    await checkA11y(coordinator);
    // Nothing typed: the form says what is missing.
    await coordinator.getByRole("button", { name: "Create group" }).click();
    await expect(coordinator.getByText("Please fill this in.")).toBeVisible();
    await coordinator.getByLabel("Name").fill("Welders 1A");
    await coordinator.getByLabel("Programme").fill("Welder");
    await coordinator.getByLabel("Start date").fill("2026-08-17");
    await coordinator.getByLabel("Expected number of students").fill("16");
    await coordinator.getByRole("button", { name: "Create group" }).click();
    await expect(coordinator).toHaveURL(/\/en\/staff\/groups\?notice=created/);
    await expect(coordinator.getByText("The group has been created.")).toBeVisible();
    await expect(coordinator.getByRole("link", { name: "Edit Welders 1A" })).toBeVisible();
    await checkA11y(coordinator);

    // The link worked once.
    await coordinator.goto(link!);
    await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(
      "This invitation has already been used",
    );
    await checkA11y(coordinator);
    await coordinator.context().close();
  });

  test("a teacher sees their groups but cannot open coordinator or admin pages", async ({
    page,
  }) => {
    await signIn(page, TEACHER, DEMO_PASSWORD);
    const nav = page.getByRole("navigation", { name: "Staff pages" });
    await expect(nav.getByRole("link")).toHaveText(["Overview", "Classroom session", "Groups"]);
    await nav.getByRole("link", { name: "Groups" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();
    await expect(page.getByText("Electricians 1A")).toBeVisible();
    await expect(page.getByRole("link", { name: "New group" })).toHaveCount(0);
    await checkA11y(page);

    for (const path of ["people", "settings", "audit", "groups/new", "rounds", "results"]) {
      const response = await page.goto(`/en/staff/${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "We couldn't find that page",
      );
    }
  });

  test("sign-in sends a visitor back where they were going; a wrong password gets one message", async ({
    page,
  }) => {
    await page.goto("/en/staff/groups");
    await expect(page).toHaveURL(/\/en\/staff\/sign-in\?callbackUrl=%2Fen%2Fstaff%2Fgroups$/);
    await page.getByLabel("Email address").fill("coordinator@demo.belong.vet");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/^The email address or password is not right\./)).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue("coordinator@demo.belong.vet");
    await checkA11y(page);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/groups$/);
    await checkA11y(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/sign-in\?notice=signedOut$/);
    await expect(page.getByText("You have signed out.")).toBeVisible();
    const response = await page.goto("/en/staff/groups");
    expect(response?.url()).toContain("/en/staff/sign-in");
  });

  test("an open redirect in callbackUrl is refused", async ({ page }) => {
    await page.goto("/en/staff/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await page.getByLabel("Email address").fill(ADMIN);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/staff$/);
  });

  test("the pages around signing in explain bad links", async ({ page }) => {
    await page.goto("/en/staff/forgot-password");
    await page.getByLabel("Email address").fill("nobody@e2e.test");
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status").first()).toContainText("If the address belongs");
    await checkA11y(page);
    await page.goto(`/en/staff/reset-password/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link doesn't work");
    await page.goto("/en/staff/invitation/not-a-real-token");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This invitation link doesn't work",
    );
    await page.goto("/en/staff/auth-error?error=Verification");
    await expect(page.getByText("The link has expired or has already been used.")).toBeVisible();
  });

  test("every admin page fits a phone, in Danish", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signIn(page, ADMIN, DEMO_PASSWORD, "da");
    for (const path of ["", "/groups", "/groups/new", "/people", "/settings", "/audit"]) {
      await page.goto(`/da/staff${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", "da");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
