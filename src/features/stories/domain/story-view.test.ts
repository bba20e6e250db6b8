import { describe, expect, it } from "vitest";
import type { Story } from "./story-format";
import { toStorySummary, toStoryView } from "./story-view";

const story: Story = {
  slug: "amira-workshop",
  locale: "en",
  title: "The tools",
  teaser: "Amira thought everyone knew the tools.",
  speaker: { name: "Amira", age: 17, programme: "Electrician" },
  country: "DK",
  tags: ["workshop"],
  readingMinutes: 3,
  source: "composite",
  wordCount: 300,
  sections: [
    { element: "transition", paragraphs: ["I started in August. It was hot.", "Day one."] },
    { element: "worry", paragraphs: ["Everyone knew more. Or so I thought."] },
  ],
};

describe("toStoryView", () => {
  it("numbers the sentences through the whole story", () => {
    const view = toStoryView(story);
    expect(view.sentences).toEqual([
      "I started in August.",
      "It was hot.",
      "Day one.",
      "Everyone knew more.",
      "Or so I thought.",
    ]);
    expect(view.sections.map((s) => s.paragraphs.map((p) => p.first))).toEqual([[0, 2], [3]]);
    expect(view.sections[1]?.paragraphs[0]?.sentences).toEqual([
      "Everyone knew more.",
      "Or so I thought.",
    ]);
    expect(view).not.toHaveProperty("wordCount");
  });

  it("leaves the text out of a summary", () => {
    const summary = toStorySummary(story);
    expect(summary).not.toHaveProperty("sections");
    expect(summary).toMatchObject({ slug: "amira-workshop", title: "The tools" });
  });
});
