import { describe, expect, it } from "vitest";
import type { Story } from "@/features/stories";
import { toPickerStory } from "./picker-story";

const story: Story = {
  slug: "amira-workshop",
  locale: "en",
  title: "The noise of the workshop",
  teaser: "Amira thought everyone else already knew the machines.",
  speaker: { name: "Amira", age: 17, programme: "Electrician" },
  country: "DK",
  tags: ["workshop", "new-class"],
  readingMinutes: 3,
  source: "composite",
  sections: [
    { element: "transition", paragraphs: ["The first day was loud.", "Second paragraph."] },
    { element: "worry", paragraphs: ["I was sure I did not fit in."] },
  ],
  wordCount: 20,
} as Story;

describe("toPickerStory", () => {
  it("keeps what a teacher chooses by and opens with the first paragraph only", () => {
    expect(toPickerStory(story)).toEqual({
      slug: "amira-workshop",
      title: "The noise of the workshop",
      teaser: "Amira thought everyone else already knew the machines.",
      tags: ["workshop", "new-class"],
      readingMinutes: 3,
      opening: "The first day was loud.",
    });
  });

  it("marks a school's own story as local", () => {
    expect(toPickerStory(story, { local: true }).local).toBe(true);
  });
});
