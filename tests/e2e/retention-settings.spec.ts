// Data protection for admins: the settings page says how long each kind of data is kept and
// what the nightly job deletes by when; the People page downloads a colleague's data as JSON.
import { expect, test } from "./fixtures";
import { ADMIN, COORDINATOR, DEMO_PASSWORD, signIn } from "./staff-sign-in";

test.describe("retention and staff data", () => {
  test("an admin sees what will be deleted and when, and changes how long answers are kept", async ({
    page,
  }) => {
    await signIn(page, ADMIN, DEMO_PASSWORD, "fr");
    await page.goto("/fr/staff/settings");
    const preview = page.getByTestId("retention-preview");
    await expect(
      preview.getByRole("heading", { name: "Ce qui sera supprimé, et quand" }),
    ).toBeVisible();
    await expect(
      preview.getByRole("rowheader", { name: "Réponses aux questionnaires" }),
    ).toBeVisible();
    await expect(preview.getByRole("columnheader")).toHaveCount(4);

    const months = page.getByLabel("Réponses aux questionnaires (mois)");
    await expect(months).toHaveValue("12");
    await months.fill("0");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(page.getByText("Saisissez un nombre entier de 1 à 60.")).toBeVisible();
    await page.getByLabel("Réponses aux questionnaires (mois)").fill("18");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(page.getByText("Les paramètres ont été enregistrés.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Réponses aux questionnaires (mois)")).toHaveValue("18");
  });

  test("an admin downloads a colleague's personal data as JSON", async ({ page }) => {
    await signIn(page, ADMIN, DEMO_PASSWORD);
    await page.goto("/en/staff/people");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Download their data\s*:\s*Demo Coordinator$/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^staff-member-.+\.json$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      person: { email: string; passwordHash?: unknown };
      membership: { role: string };
    };
    expect(body.person.email).toBe(COORDINATOR);
    expect(body.person).not.toHaveProperty("passwordHash");
    expect(body.membership.role).toBe("COORDINATOR");
  });
});
