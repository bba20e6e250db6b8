import { checkA11y, expect, PHONE, test } from "./fixtures";
import { h1, progress, readAndSkip, reachConsent, start } from "./pathway-steps";
import { fakeSpeechRecognition, stubSpeechSynthesis, synthCalls } from "./speech-fakes";

test.describe("the Digital Pathway", () => {
  test("a student walks it in English on a phone, listening and talking instead of typing", async ({
    page,
  }) => {
    await fakeSpeechRecognition(page, {
      transcripts: ["taking off the headphones", "ask the trainer when you are stuck"],
    });
    await stubSpeechSynthesis(page);
    await page.setViewportSize(PHONE);
    await page.goto("/en/pathway");
    await expect(h1(page)).toHaveText("Help the students who start next year");
    await expect(page.getByText("You're the expert here")).toBeVisible();
    await expect(progress(page)).toHaveAttribute("aria-valuetext", "Step 1 of 5");

    await page.getByRole("button", { name: "Let's start" }).click();
    // A student who opened the pathway directly names their school once, with its code.
    await expect(h1(page)).toHaveText("Which school are you at?");
    await page.getByLabel("Your school's code").fill("DEMO01");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(h1(page)).toHaveText("Pick a story");
    await expect(h1(page)).toBeFocused();
    await checkA11y(page);

    // The first story, listened to.
    await page.getByRole("button", { name: "Read Théo's story" }).click();
    await expect(h1(page)).toHaveText("The boy with the headphones");
    await page.getByRole("button", { name: "Listen", exact: true }).click();
    await expect(page.locator("[data-reading=true]")).toHaveCount(1);
    await page.getByRole("button", { name: "Pause" }).click();
    await page.getByRole("button", { name: "Go on" }).click();
    await checkA11y(page);
    await page.getByRole("button", { name: "I've read it" }).click();
    // Leaving the story stops the voice.
    expect((await synthCalls(page)).at(-1)).toEqual(["cancel"]);

    // The private reflection, dictated, then edited by hand.
    await expect(h1(page)).toHaveText("What stayed with you?");
    await expect(page.getByText("What did Théo do that could help a new student?")).toBeVisible();
    // The truth about who reads it: no teacher; an automatic check that shows where help is and
    // tells the school's support staff only that a student may need help.
    await expect(
      page.getByText(/^Your teachers don't read this\. It is only checked automatically/),
    ).toContainText("never what you wrote or who you are");
    const reflection = page.getByLabel("Your thoughts");
    await reflection.fill("I could try");
    await page.getByRole("button", { name: "Talk instead of typing" }).click();
    await expect(page.getByText("Listening… say what you want to write.")).toBeVisible();
    await expect(reflection).toHaveValue("I could try taking off the headphones");
    await page.getByRole("button", { name: "Stop talking" }).click();
    await reflection.press("End");
    await reflection.pressSequentially(" at lunch.");
    await expect(reflection).toHaveValue("I could try taking off the headphones at lunch.");
    await checkA11y(page);
    const savedReflection = page.waitForResponse("**/api/v1/reflections");
    await page.getByRole("button", { name: "Save and go on" }).click();
    expect((await savedReflection).status()).toBe(201);

    // A second story, whose reflection the student skips; then the advice.
    await expect(h1(page)).toHaveText("Pick another story");
    await expect(page.getByText("Read ✓")).toHaveCount(1);
    await readAndSkip(page, "Amira");
    await expect(page.getByText("You've read 2 stories.")).toBeVisible();
    await expect(progress(page)).toHaveAttribute("aria-valuetext", "Step 2 of 5");
    await page.getByRole("button", { name: "Write my advice" }).click();
    await expect(h1(page)).toHaveText("Your advice for a new student");
    await checkA11y(page);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Write a few words first.");
    const advice = page.getByLabel("Your advice");
    await page.getByRole("button", { name: "Talk instead of typing" }).click();
    await expect(advice).toHaveValue("ask the trainer when you are stuck");
    await page.getByRole("button", { name: "Stop talking" }).click();
    await advice.fill("Ask the trainer when you are stuck. Everyone did at first.");
    await page.getByRole("button", { name: "Next" }).click();

    // Consent: nothing chosen in advance.
    await expect(h1(page)).toHaveText("May future students read your advice?");
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Send my advice" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Choose yes or no first.");
    await checkA11y(page);
    await page
      .getByRole("radio", {
        name: "Yes, my advice may be shown, without my name, to future students",
      })
      .check();
    const sent = page.waitForRequest("**/api/v1/advice");
    const stored = page.waitForResponse("**/api/v1/advice");
    const finished = page.waitForResponse(
      (r) =>
        r.url().endsWith("/api/v1/pathway-progress") &&
        r.request().postDataJSON().completedSteps.includes("consent"),
    );
    await page.getByRole("button", { name: "Send my advice" }).click();
    expect((await stored).status()).toBe(201);
    const body = (await sent).postDataJSON();
    expect(body).toEqual({
      submissionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      text: "Ask the trainer when you are stuck. Everyone did at first.",
      locale: "en",
      consentToShare: true,
      source: "PATHWAY",
    });
    expect(await (await finished).json()).toMatchObject({
      storiesRead: ["amira-workshop", "theo-new-class"],
      completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    await expect(h1(page)).toHaveText("Thank you! Your advice can make someone's start easier");
    await expect(progress(page)).toHaveAttribute("aria-valuetext", "Step 5 of 5");
    // Approved advice from past students, never the student's own (still pending).
    const past = page.getByRole("region", { name: "Advice from past students" });
    await expect(past.getByRole("listitem")).toHaveCount(3);
    await expect(past).not.toContainText("Ask the trainer when you are stuck");
    await expect(
      page.getByRole("heading", { name: "If you ever want to talk to someone" }),
    ).toBeVisible();
    await expect(page.getByText("Helplines: Denmark")).toBeVisible();
    const recognition = await page.evaluate(
      () => (window as unknown as { __recognition: Array<{ lang: string }> }).__recognition,
    );
    expect(recognition.map((r) => r.lang)).toEqual(["en-GB", "en-GB"]);
    // Nothing on any screen ranks or labels the student.
    for (const word of [/\blow\b/i, /\bscore\b/i, /\bselected\b/i]) {
      await expect(page.locator("main")).not.toContainText(word);
    }
  });

  test("a student from a school walks it in Norwegian; a worrying reflection brings gentle help", async ({
    page,
  }) => {
    await fakeSpeechRecognition(page, { transcripts: ["spør læreren når du står fast"] });
    await page.setViewportSize(PHONE);
    await page.goto("/nb/pathway?from=DEMO01");
    await expect(h1(page)).toHaveText("Hjelp elevene som begynner neste år");
    await page.getByRole("button", { name: "Sett i gang" }).click();
    await page.getByRole("button", { name: "Les historien til Ingrid" }).click();
    await page.getByRole("button", { name: "Jeg har lest den" }).click();
    await page.getByLabel("Tankene dine").fill("Jeg har lyst til å dø noen ganger.");
    const saved = page.waitForResponse("**/api/v1/reflections");
    await page.getByRole("button", { name: "Lagre og gå videre" }).click();
    const reflection = await saved;
    expect(reflection.request().postDataJSON()).toMatchObject({
      roundCode: "DEMO01",
      locale: "nb",
    });
    expect(await reflection.json()).toMatchObject({ support: true });

    // Nobody read the reflection: the screen says an automatic check found words, not "thank you
    // for telling us".
    await expect(h1(page)).toHaveText("Det finnes hjelp hvis du trenger det");
    await expect(page.getByText("En automatisk sjekk fant ord")).toBeVisible();
    await expect(page.getByText("Det du skrev, er lagret.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "På Demo VET College" })).toBeVisible();
    await expect(page.getByText("room B104")).toBeVisible();
    // The school's country is Denmark: its helplines, in Norwegian.
    await expect(page.getByRole("heading", { name: "Hjelpetelefoner i Danmark" })).toBeVisible();
    await expect(page.getByText(/Hjelpetelefoner i (?!Danmark)/)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Ring 116 111" })).toHaveAttribute(
      "href",
      "tel:116111",
    );
    await checkA11y(page);
    await page.getByRole("button", { name: "Gå videre" }).click();

    await expect(h1(page)).toHaveText("Velg en historie til");
    await page.getByRole("button", { name: "Les historien til Mikkel" }).click();
    await page.getByRole("button", { name: "Jeg har lest den" }).click();
    await page.getByRole("button", { name: "Hopp over" }).click();
    await page.getByRole("button", { name: "Skriv rådet mitt" }).click();
    await page.getByRole("button", { name: "Snakk i stedet for å skrive" }).click();
    await expect(page.getByLabel("Rådet ditt")).toHaveValue("spør læreren når du står fast");
    await page.getByRole("button", { name: "Slutt å snakke" }).click();
    await page.getByRole("button", { name: "Neste" }).click();
    await page.getByRole("radio", { name: "Nei, ikke vis rådet mitt til andre elever" }).check();
    const advice = page.waitForRequest("**/api/v1/advice");
    await page.getByRole("button", { name: "Send rådet mitt" }).click();
    expect((await advice).postDataJSON()).toMatchObject({
      locale: "nb",
      consentToShare: false,
      roundCode: "DEMO01",
    });
    await expect(h1(page)).toHaveText("Takk! Rådet ditt kan gjøre starten lettere for noen");
    await expect(page.getByText("Du valgte å holde rådet ditt for deg selv.")).toBeVisible();
    // The earlier reflection asked for support: the help comes first on the last page too.
    await expect(page.getByRole("heading", { name: "Hvem du kan snakke med" })).toBeVisible();
    const recognition = await page.evaluate(
      () => (window as unknown as { __recognition: Array<{ lang: string }> }).__recognition,
    );
    expect(recognition.map((r) => r.lang)).toEqual(["nb-NO"]);
  });

  test("a reload mid-way comes back to the same step, with the draft", async ({ page }) => {
    await start(page);
    await readAndSkip(page, "Amira");
    await page.getByRole("button", { name: "Read Karl's story" }).click();
    await page.getByRole("button", { name: "I've read it" }).click();
    await page.getByLabel("Your thoughts").fill("Karl asked for help. That takes guts.");
    await page.reload();
    await expect(h1(page)).toHaveText("What stayed with you?");
    await expect(page.getByLabel("Your thoughts")).toHaveValue(
      "Karl asked for help. That takes guts.",
    );
    await expect(progress(page)).toHaveAttribute("aria-valuetext", "Step 2 of 5");
    await expect(page.getByText("What did Karl do")).toBeVisible();
  });

  test("advice sent offline waits on the phone and is stored once when back online", async ({
    page,
    context,
  }) => {
    await reachConsent(page, "Go to the breakfast club. That's where I met my friends.");
    await context.setOffline(true);
    await page.getByRole("radio", { name: /^Yes/ }).check();
    await page.getByRole("button", { name: "Send my advice" }).click();
    await expect(h1(page)).toHaveText("Thank you! Your advice can make someone's start easier");
    await expect(page.getByText("Your advice is saved on this phone")).toBeVisible();
    await expect(page.getByText("You're offline.")).toBeVisible();
    await checkA11y(page);

    const request = page.waitForRequest("**/api/v1/advice");
    const response = page.waitForResponse("**/api/v1/advice");
    await context.setOffline(false);
    expect((await response).status()).toBe(201);
    await expect(page.getByText("Your advice is saved. Next year")).toBeVisible();
    await expect(page.getByText("You're offline.")).toHaveCount(0);

    // Sending the same submit again stores nothing new: the server answers with the first one.
    const body = (await request).postDataJSON();
    const again = await page.request.post("/api/v1/advice", { data: body });
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual({ submissionId: body.submissionId, support: false });
  });
});
