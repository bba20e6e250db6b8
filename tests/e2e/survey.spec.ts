import { checkA11y, expect, PHONE, test } from "./fixtures";
import { isAlive, slowScripts } from "./slow-load";
import { answer, answersFor, expectNoSidewaysScroll, next, pulse, screen } from "./survey-helpers";

const FR = {
  title: "Comment ça se passe ici\u00a0?",
  start: "Commencer",
  group: "Tu es dans quelle classe\u00a0?",
  next: /^(Suivant|Passer)$/,
  send: "Envoyer mes réponses",
  thanks: "Merci\u00a0!",
  invitation: "Tu veux aider les élèves de l'an prochain\u00a0?",
  accept: "Oui, je veux aider",
  answered: "Tu as déjà répondu. Merci\u00a0!",
};

test.use({ viewport: PHONE });

test.describe("belonging micro-survey on a phone", () => {
  test("a student with low answers, in French, is thanked and invited to help next year's students", async ({
    page,
  }, info) => {
    await page.goto("/fr/s/DEMO01");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.title);
    await screen(page, info, "1-intro");
    await page.getByRole("button", { name: FR.start }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.group);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await page.getByRole("radio", { name: "Chefs 1C" }).check();
    await screen(page, info, "2-group");
    await next(page, FR.next);

    const answers = answersFor("low");
    for (const [i, item] of pulse.items.entries()) {
      await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(i + 1));
      await answer(page, "fr", item, answers[item.key]);
      if (i === 0) await screen(page, info, "3-question");
      if (item.kind === "multi") await screen(page, info, "4-question-multi");
      await next(page, i === pulse.items.length - 1 ? FR.send : FR.next);
    }

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.thanks);
    await expect(page.getByRole("heading", { level: 2, name: FR.invitation })).toBeVisible();
    const accept = page.getByRole("link", { name: FR.accept });
    await expect(accept).toBeVisible();
    // Fidelity: nothing on the screen says why: no score, no "low", no "selected".
    await expect(page.locator("main")).not.toContainText(/score|faible|bas|sélectionn|résultat/i);
    await screen(page, info, "5-thanks-invitation");

    // A second visit from the same phone: already answered (and still invited).
    await page.goto("/fr/s/DEMO01");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.answered);
    await expect(page.getByRole("link", { name: FR.accept })).toBeVisible();
    await screen(page, info, "6-already-answered");
  });

  test("a student with high answers sees the same thanks and the same offer", async ({
    browser,
  }, info) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/fr/s/DEMO01");
    await checkA11y(page);
    await page.getByRole("button", { name: FR.start }).click();
    await next(page, FR.next); // no group chosen: skipped
    const answers = answersFor("high");
    for (const [i, item] of pulse.items.entries()) {
      await answer(page, "fr", item, answers[item.key]);
      await next(page, i === pulse.items.length - 1 ? FR.send : FR.next);
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.thanks);
    // Fidelity: a classmate glancing at the phone cannot tell who was invited.
    await expect(page.getByRole("link", { name: FR.accept })).toBeVisible();
    await expect(page.getByText(FR.invitation)).toBeVisible();
    await screen(page, info, "7-thanks");
    await context.close();
  });

  test("a reload mid-way keeps the answers and the place, and the language can change", async ({
    page,
  }) => {
    await page.goto("/en/s/DEMO01");
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("radio", { name: "Health care 1B" }).check();
    await next(page, "Next");
    const [first, second, third] = pulse.items;
    await answer(page, "en", first!, 2);
    await next(page, "Next");
    await answer(page, "en", second!, 3);
    await next(page, "Next");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(third!.text.en);

    await page.reload();
    await checkA11y(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(third!.text.en);
    await next(page, "Back");
    await expect(page.getByRole("radio", { name: "Somewhat disagree" })).toBeChecked();

    // The header's language switcher keeps the path; the draft follows into French.
    await page.locator("summary", { hasText: "English" }).click();
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/s\/DEMO01$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(second!.text.fr);
    await expect(page.getByRole("radio", { name: "Plutôt pas d’accord" })).toBeChecked();
    await next(page, "Retour");
    await next(page, "Retour");
    await expect(page.getByRole("radio", { name: "Health care 1B" })).toBeChecked();
    await checkA11y(page);
  });

  test("works with the keyboard alone: Tab, arrow keys and Enter", async ({ page }) => {
    await page.goto("/en/s/DEMO01");
    await page.getByRole("button", { name: "Start" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await page.keyboard.press("Tab"); // into the group radio buttons
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio").nth(1)).toBeChecked();
    await page.keyboard.press("Enter");
    const first = pulse.items[0]!;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.text.en);
    await page.keyboard.press("Tab"); // onto "Strongly disagree"
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "Somewhat disagree" })).toBeChecked();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("radio", { name: "Disagree", exact: true })).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pulse.items[1]!.text.en);
    await checkA11y(page);
  });

  test("a lost connection keeps the answers, and the retry is sent with the same submissionId", async ({
    page,
  }) => {
    const sent: string[] = [];
    let failNext = true;
    await page.route("**/api/v1/survey-responses", async (route) => {
      sent.push(JSON.parse(route.request().postData() ?? "{}").submissionId);
      if (failNext) {
        failNext = false;
        return route.abort("internetdisconnected");
      }
      return route.continue();
    });
    await page.goto("/nl/s/DEMO01");
    await page.getByRole("button", { name: "Beginnen" }).click();
    await next(page, "Overslaan");
    for (let i = 1; i < pulse.items.length; i++) await next(page, "Overslaan");
    await next(page, "Verstuur mijn antwoorden");
    await expect(page.locator("main").getByRole("alert")).toContainText(
      "Het versturen is niet gelukt",
    );
    await checkA11y(page);
    await expectNoSidewaysScroll(page);
    await next(page, "Verstuur mijn antwoorden");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bedankt!");
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]).toBe(sent[0]);
  });

  test("a start tapped while the page is still loading opens the first question", async ({
    browser,
  }) => {
    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    await slowScripts(phone);
    await phone.goto("/en/s/DEMO01", { waitUntil: "domcontentloaded" });
    expect(await isAlive(phone, "main")).toBe(false);
    await phone.getByRole("button", { name: "Start" }).click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Which class are you in?");
    await phone.context().close();
  });

  test("an unknown code gets a friendly not-found page with a way to type another", async ({
    page,
  }) => {
    await page.goto("/da/s/NOSUCH");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Vi kan ikke finde det spørgeskema",
    );
    await page.getByLabel("Kode til spørgeskemaet").fill("demo-01");
    await page.getByRole("button", { name: "Videre" }).click();
    await expect(page).toHaveURL(/\/da\/s\/DEMO01$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hvordan går det her?");
  });

  test("the poster shows the code and a QR code of the link", async ({ page }, info) => {
    await page.setViewportSize({ width: 1024, height: 1400 });
    await page.goto("/en/s/DEMO01/poster");
    await expect(page.getByText("DEMO01", { exact: true })).toBeVisible();
    const qr = page.getByRole("img", { name: /QR code for localhost:\d+\/en\/s\/DEMO01/ });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header")).toBeHidden();
    await page.screenshot({ path: info.outputPath("8-poster-print.png"), fullPage: true });
  });
});
