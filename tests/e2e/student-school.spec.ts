// A student's words always reach their school. A student invited from the survey walks the
// pathway, writes a worrying reflection and advice, and the coordinator of that school finds
// the advice in moderation and a new flag in safeguarding; a student who arrives with no
// school is asked once for the code, and nothing they typed is lost.
import type { Browser, Page } from "@playwright/test";
import { checkA11y, expect, PHONE, test } from "./fixtures";
import { COORDINATOR, signIn } from "./staff-sign-in";
import { answer, answersFor, next, pulse } from "./survey-helpers";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

const WORDS = {
  en: {
    start: "Start",
    send: "Send my answers",
    next: /^(Next|Skip)$/,
    accept: "Yes, I'll help",
    pathwayStart: "Let's start",
    pick: "Pick a story",
    read: /Amira/,
    readMore: /Karl/,
    skip: "Skip",
    finished: "I've read it",
    thoughts: "Your thoughts",
    worrying: "honestly some days i just want to die, nobody would even notice",
    save: "Save and go on",
    support: "Help is there if you need it",
    goOn: "Go on",
    writeAdvice: "Write my advice",
    advice: "Your advice",
    adviceNext: "Next",
    consentYes: "Yes, my advice may be shown, without my name, to future students",
    sendAdvice: "Send my advice",
    thanks: "Thank you! Your advice can make someone's start easier",
    helplines: "Helplines: Denmark",
  },
  fr: {
    start: "Commencer",
    send: "Envoyer mes réponses",
    next: /^(Suivant|Passer)$/,
    accept: "Oui, je veux aider",
    pathwayStart: "C'est parti",
    pick: "Choisis une histoire",
    read: /Amira/,
    readMore: /Karl/,
    skip: "Passer",
    finished: "J'ai fini de lire",
    thoughts: "Tes pensées",
    worrying: "franchement parfois j'ai envie de mourir et personne le verrait",
    save: "Enregistrer et continuer",
    support: "Tu peux trouver de l'aide",
    goOn: "Continuer",
    writeAdvice: "Écrire mon conseil",
    advice: "Ton conseil",
    adviceNext: "Suivant",
    consentYes: "Oui, mon conseil peut être montré aux futurs élèves, sans mon nom",
    sendAdvice: "Envoyer mon conseil",
    thanks: "Merci ! Ton conseil peut rendre le début plus facile pour quelqu'un",
    helplines: "Lignes d'écoute : Danemark",
  },
} as const;

/** How many flags of the demo school are new, as its coordinator sees them. */
async function newFlags(page: Page): Promise<number> {
  await page.goto("/en/staff/safeguarding");
  const heading = page.getByRole("heading", { level: 2, name: /^New \(\d+\)$/ });
  const text = (await heading.count()) ? await heading.textContent() : "New (0)";
  return Number(/\((\d+)\)/.exec(text ?? "")?.[1] ?? 0);
}

async function coordinator(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await signIn(page, COORDINATOR);
  return { context, page };
}

async function answerLow(page: Page, locale: "en" | "fr") {
  const w = WORDS[locale];
  await page.goto(`/${locale}/s/DEMO01`);
  await page.getByRole("button", { name: w.start, exact: true }).click();
  await next(page, w.next); // no group chosen
  const answers = answersFor("low");
  for (const [i, item] of pulse.items.entries()) {
    await answer(page, locale, item, answers[item.key]);
    await next(page, i === pulse.items.length - 1 ? w.send : w.next);
  }
}

/** From the pathway's first screen: a story, a worrying reflection, advice, consent. */
async function walkPathway(page: Page, locale: "en" | "fr", advice: string) {
  const w = WORDS[locale];
  await page.getByRole("button", { name: w.pathwayStart }).click();
  await expect(h1(page)).toHaveText(w.pick);
  await page.getByRole("button", { name: w.read }).click();
  await page.getByRole("button", { name: w.finished }).click();
  await page.getByLabel(w.thoughts).fill(w.worrying);
  const reflection = page.waitForResponse("**/api/v1/reflections");
  await page.getByRole("button", { name: w.save }).click();
  expect((await reflection).status()).toBe(201);
  // Gentle help: the school's own people and the school's country's lines, no other country.
  await expect(h1(page)).toHaveText(w.support);
  await expect(page.getByText(w.helplines)).toBeVisible();
  await checkA11y(page);
  await page.getByRole("button", { name: w.goOn }).click();
  // Advice comes after two stories.
  await page.getByRole("button", { name: w.readMore }).click();
  await page.getByRole("button", { name: w.finished }).click();
  await page.getByRole("button", { name: w.skip, exact: true }).click();
  await page.getByRole("button", { name: w.writeAdvice }).click();
  await page.getByLabel(w.advice, { exact: true }).fill(advice);
  await page.getByRole("button", { name: w.adviceNext, exact: true }).click();
  await page.getByRole("radio", { name: w.consentYes }).check();
  const stored = page.waitForResponse("**/api/v1/advice");
  await page.getByRole("button", { name: w.sendAdvice }).click();
  expect((await stored).status()).toBe(201);
  await expect(h1(page)).toHaveText(w.thanks);
}

test.describe("a student's words reach their school", () => {
  // Each walks a phone through the survey and the pathway and then a coordinator's pages.
  test.describe.configure({ timeout: 180_000 });

  for (const locale of ["fr", "en"] as const) {
    test(`invited from the survey in ${locale}, their reflection and advice reach the coordinator`, async ({
      browser,
    }) => {
      const staff = await coordinator(browser);
      const flagsBefore = await newFlags(staff.page);

      const phone = await browser.newContext({ viewport: PHONE });
      const page = await phone.newPage();
      await answerLow(page, locale);
      await page.getByRole("link", { name: WORDS[locale].accept }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/pathway`));
      const advice = `Sit with someone new at lunch (${locale}-${Date.now()}).`;
      await walkPathway(page, locale, advice);

      // Another day, from a bookmark: the pathway still knows the school and asks nothing.
      await page.goto(`/${locale}/pathway`);
      await expect(
        page.getByRole("heading", { name: /school are you at|quel établissement/ }),
      ).toHaveCount(0);
      await phone.close();

      await staff.page.goto("/en/staff/moderation");
      await expect(staff.page.getByRole("listitem").filter({ hasText: advice })).toHaveCount(1);
      expect(await newFlags(staff.page)).toBe(flagsBefore + 1);
      await staff.context.close();
    });
  }

  test("with no school known, the pathway asks once for the code and keeps what was typed", async ({
    browser,
  }) => {
    const staff = await coordinator(browser);
    const phone = await browser.newContext({ viewport: PHONE });
    const page = await phone.newPage();
    await page.goto("/en");
    await page
      .getByRole("link", { name: /next year's students/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/en\/pathway/);
    await page.getByRole("button", { name: "Let's start" }).click();

    await expect(h1(page)).toHaveText("Which school are you at?");
    await expect(h1(page)).toBeFocused();
    await checkA11y(page);
    await page.getByLabel("Your school's code").fill("NOPE2345");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "We can't find that code",
    );
    await page.getByLabel("Your school's code").fill(" demo01 ");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(h1(page)).toHaveText("Pick a story");

    const advice = `Ask the trainer, they like questions (${Date.now()}).`;
    for (const name of [/Amira/, /Karl/]) {
      await page.getByRole("button", { name }).click();
      await page.getByRole("button", { name: "I've read it" }).click();
      await page.getByRole("button", { name: "Skip", exact: true }).click();
    }
    await page.getByRole("button", { name: "Write my advice" }).click();
    await page.getByLabel("Your advice", { exact: true }).fill(advice);
    await page.reload();
    await expect(page.getByLabel("Your advice", { exact: true })).toHaveValue(advice);
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await page.getByRole("radio", { name: WORDS.en.consentYes }).check();
    const stored = page.waitForResponse("**/api/v1/advice");
    await page.getByRole("button", { name: "Send my advice" }).click();
    expect((await stored).status()).toBe(201);
    await phone.close();

    await staff.page.goto("/en/staff/moderation");
    await expect(staff.page.getByRole("listitem").filter({ hasText: advice })).toHaveCount(1);
    // The admin's settings show the school's own code, for a poster.
    await staff.context.close();
  });

  test("after the survey every student sees the same thank-you and the same offer", async ({
    browser,
  }) => {
    const screens: string[] = [];
    for (const belonging of ["low", "high"] as const) {
      const phone = await browser.newContext({ viewport: PHONE });
      const page = await phone.newPage();
      await page.goto("/en/s/DEMO01");
      await page.getByRole("button", { name: "Start", exact: true }).click();
      await next(page, WORDS.en.next);
      const answers = answersFor(belonging);
      for (const [i, item] of pulse.items.entries()) {
        await answer(page, "en", item, answers[item.key]);
        await next(page, i === pulse.items.length - 1 ? WORDS.en.send : WORDS.en.next);
      }
      await expect(page.getByRole("link", { name: WORDS.en.accept })).toBeVisible();
      screens.push((await page.locator("main").innerText()).trim());
      await phone.close();
    }
    expect(screens[0]).toBe(screens[1]);
  });
});
