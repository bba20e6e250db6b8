// The story as the server renders it (what a phone without JavaScript gets): with its own
// recording, a player of that file instead of the device voice; without one, text only.
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { getStory } from "../server/story-library";
import { toStoryView } from "../domain/story-view";
import { StoryReader } from "./story-reader";

type Provider = ComponentProps<typeof NextIntlClientProvider>;

function render(audio?: string) {
  const story = getStory("amira-workshop", "da");
  if (!story) throw new Error("the story amira-workshop is missing");
  const view = { ...toStoryView(story), ...(audio ? { audio } : {}) };
  return renderToString(
    createElement(
      NextIntlClientProvider,
      // The children come as createElement's third argument; the props type still names them.
      { locale: "da", messages: loadMessages("da"), timeZone: "UTC" } as Provider,
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

  it("renders the text alone without a recording (the device voice comes with JavaScript)", () => {
    const html = render();
    expect(html).not.toContain("<audio");
    expect(html).toContain("<article");
  });
});
