// Staff accounts that cannot be taken over: an admin signs a colleague out on every device,
// and an invitation for an address that already has an account joins only once its owner
// has signed in.
import { checkA11y, expect, test } from "./fixtures";
import { ADMIN, DEMO_PASSWORD, signIn, TEACHER } from "./staff-sign-in";

test.describe("staff accounts", () => {
  test("an admin signs a colleague out on every device from the People page", async ({
    page,
    browser,
  }) => {
    const teacher = await (await browser.newContext()).newPage();
    await signIn(teacher, TEACHER, DEMO_PASSWORD);
    await signIn(page, ADMIN, DEMO_PASSWORD);
    await page.goto("/en/staff/people");
    await page
      .getByRole("listitem")
      .filter({ hasText: "teacher@demo.belong.vet" })
      .getByRole("button", { name: /^Sign out everywhere/ })
      .click();
    await expect(page.getByText("Demo Teacher has been signed out on every device.")).toBeVisible();
    await checkA11y(page);
    // The teacher's browser is signed out at its next page.
    await teacher.goto("/en/staff/groups");
    await expect(teacher).toHaveURL(/\/en\/staff\/sign-in/);
    await teacher.context().close();
  });

  test("an invitation for an address with an account joins only after its owner signs in", async ({
    page,
    browser,
  }) => {
    // A long flow through three pages and two browsers.
    test.slow();
    const email = `returning-${Date.now()}@e2e.test`;
    const password = "my own long password";
    await signIn(page, ADMIN, DEMO_PASSWORD);
    await page.goto("/en/staff/people");
    const linkField = page.getByLabel("Give them this link");
    const invite = async (previous = "") => {
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send invitation" }).click();
      await expect(linkField).toHaveValue(/\/en\/staff\/invitation\//);
      await expect(linkField).not.toHaveValue(previous);
      return linkField.inputValue();
    };

    // The person joins once with a new account, and is later removed.
    const first = await invite();
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(first);
    await invitee.getByLabel("Your name").fill("Riley Returning");
    await invitee.getByLabel("Choose a password").fill(password);
    await invitee.getByLabel("Password again").fill(password);
    await invitee.getByRole("button", { name: "Create my account" }).click();
    await expect(invitee).toHaveURL(/notice=accountReady/);
    await page.reload();
    await page
      .getByRole("listitem")
      .filter({ hasText: email })
      .getByRole("button", { name: /^Remove/ })
      .click();
    await page.getByRole("button", { name: "Remove from school" }).click();
    await expect(page.getByText("The person has been removed.")).toBeVisible();

    // Invited again: the page is the one anybody gets, and the link alone does not join.
    const second = await invite(first);
    await invitee.goto(second);
    await expect(invitee.getByText("Already have a Belong account?")).toBeVisible();
    await checkA11y(invitee);
    await invitee.getByLabel("Your name").fill("Someone holding the link");
    await invitee.getByLabel("Choose a password").fill("the link holder's password");
    await invitee.getByLabel("Password again").fill("the link holder's password");
    await invitee.getByRole("button", { name: "Create my account" }).click();
    await expect(invitee).toHaveURL(/\/en\/staff\/sign-in\?callbackUrl=.*notice=signInToAccept/);
    await expect(invitee.getByText("This address already has a Belong account.")).toBeVisible();
    await checkA11y(invitee);

    // The owner signs in with their own password, comes back, and joins.
    await invitee.getByLabel("Email address").fill(email);
    await invitee.getByLabel("Password").fill(password);
    await invitee.getByRole("button", { name: "Sign in" }).click();
    await expect(invitee).toHaveURL(second.replace(/^https?:\/\/[^/]+/, ""));
    await expect(invitee.getByText(`You're signed in as ${email}.`)).toBeVisible();
    await checkA11y(invitee);
    await invitee.getByRole("button", { name: "Join Demo VET College" }).click();
    await expect(invitee).toHaveURL(/\/en\/staff$/);
    await invitee.context().close();
  });
});
