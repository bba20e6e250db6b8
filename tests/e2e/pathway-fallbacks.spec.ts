import { checkA11y, expect, PHONE, test } from "./fixtures";
import { h1, reachConsent, start } from "./pathway-steps";
import { fakeSpeechRecognition } from "./speech-fakes";

test.describe("the Digital Pathway when something is missing", () => {
  test("a text the server refuses stays in the field with the reason", async ({ page }) => {
    await page.route("**/api/v1/reflections", (route) =>
      route.fulfill({
        status: 422,
        contentType: "application/problem+json",
        body: JSON.stringify({
          code: "validation_failed",
          errors: [{ field: "text", message: "too_long" }],
        }),
      }),
    );
    await start(page);
    await page.getByRole("button", { name: "Read Lemlem's story" }).click();
    await page.getByRole("button", { name: "I've read it" }).click();
    await page.getByLabel("Your thoughts").fill("Words take time.");
    await page.getByRole("button", { name: "Save and go on" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "That's a bit long. Please keep it under 2000 characters.",
    );
    await expect(page.getByLabel("Your thoughts")).toHaveValue("Words take time.");
    await expect(h1(page)).toHaveText("What stayed with you?");
    await page.getByLabel("Your thoughts").fill("   ");
    await page.getByRole("button", { name: "Save and go on" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Write a few words first, or skip this step.",
    );
  });

  test("explains when the browser cannot turn speech into text", async ({ page }) => {
    await fakeSpeechRecognition(page, { missing: true });
    await reachConsent(page, "x");
    await page.getByRole("button", { name: "Change my advice" }).click();
    await expect(page.getByText("Talk-to-text doesn't work in this browser.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Talk instead of typing" })).toHaveCount(0);
    await page.getByLabel("Your advice").fill("Typing works as always.");
    await expect(page.getByLabel("Your advice")).toHaveValue("Typing works as always.");
  });

  test("explains when the microphone is refused, and typing still works", async ({ page }) => {
    await fakeSpeechRecognition(page, { deny: true });
    await start(page);
    await page.getByRole("button", { name: "Read Maria's story" }).click();
    await page.getByRole("button", { name: "I've read it" }).click();
    await page.getByRole("button", { name: "Talk instead of typing" }).click();
    await expect(page.getByText("Talk-to-text needs your microphone.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Talk instead of typing" })).toHaveCount(0);
    await page.getByLabel("Your thoughts").fill("Still here.");
    await expect(page.getByLabel("Your thoughts")).toHaveValue("Still here.");
    await checkA11y(page);
  });

  test("without JavaScript, says so and points to the stories", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/fr/pathway");
    await expect(h1(page)).toHaveText("Aide les élèves qui commencent l'année prochaine");
    // Playwright turns scripts off without telling the HTML parser, so <noscript> stays
    // hidden here; a browser with JavaScript off shows it. Check that the page carries it.
    const noscript = page.locator("main noscript");
    await expect(noscript).toHaveCount(1);
    const html = await noscript.innerHTML();
    expect(html).toContain("Cette partie a besoin de JavaScript");
    expect(html).toContain('href="/fr/stories"');
    await context.close();
  });
});
