// The story as the server renders it (what a phone without JavaScript gets): with its own
// recording, a player of that file instead of the device voice; without one, text only.
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { getStory } from "../server/story-library";
import type { Locale } from "@/i18n/locales";
import { toStoryView, type StoryView } from "../domain/story-view";
import { StoryReader } from "./story-reader";

type Provider = ComponentProps<typeof NextIntlClientProvider>;

function render(audio?: string, change: Partial<StoryView> = {}, locale = "da") {
  const story = getStory("amira-workshop", locale);
  if (!story) throw new Error("the story amira-workshop is missing");
  const view = { ...toStoryView(story), ...(audio ? { audio } : {}), ...change };
  return renderToString(
    createElement(
      NextIntlClientProvider,
      // The children come as createElement's third argument; the props type still names them.
      { locale, messages: loadMessages(locale as Locale), timeZone: "UTC" } as Provider,
      createElement(StoryReader, { story: view }),
    ),
  );
}

describe("StoryReader", () => {
  it("offers the story's own recording when it has one", () => {
    const html = render("amira.da.mp3");
    expect(html).toMatch(/<audio[^>]*controls[^>]*src="\/audio\/stories\/amira\.da\.mp3"/);
    expect(html).toContain("Amira");
  });

  it("without a recording, draws the device voice's controls only for a page that runs scripts", () => {
    const html = render();
    expect(html).not.toContain("<audio");
    expect(html).toContain("<article");
    // In the HTML, so the text does not move down when they start working; in a box hidden
    // where scripts never run (globals.css), since they do nothing there.
    const box = /<div class="[^"]*\bneeds-script\b[^"]*">(.*?)<\/div><div class="flex max-w/s.exec(
      html,
    );
    expect(box?.[1]).toContain("Lyt");
    expect(box?.[1]).toContain('aria-pressed="true"');
  });

  it("with a recording, keeps its player for a page without scripts and hides only the text size", () => {
    const html = render("amira.da.mp3");
    expect(html).not.toMatch(/class="[^"]*needs-script[^"]*"[^>]*>\s*<figure/);
    expect(html).toMatch(/<div class="needs-script"><div role="group"/);
  });

  it("says a story is based on students' experiences, and never calls it Amira's own", () => {
    const html = render(undefined, {}, "en");
    expect(html).toContain("Based on the experiences of vocational students.");
    expect(html).not.toContain("own story");
  });

  it("calls a story a student's own only when it was told with consent", () => {
    const html = render(undefined, { source: "told-with-consent" }, "en");
    expect(html).toContain("Amira&#x27;s own story, told with their consent.");
    expect(html).not.toContain("Based on the experiences");
  });
});
