import { afterEach, describe, expect, it } from "vitest";
import { parseStory } from "./parse-story";

const probe = globalThis as { frontMatterRan?: boolean };
afterEach(() => delete probe.frontMatterRan);

describe("a story with JavaScript front matter", () => {
  it("is a content problem, and its code never runs", () => {
    const text = "---js\nmodule.exports = { title: (globalThis.frontMatterRan = true) }\n---\nBody";
    const { story, problems } = parseStory(text, "content/stories/x/en.md", "x", "en");
    expect(story).toBeUndefined();
    expect(problems[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/only YAML.*"js"/),
    });
    expect(probe.frontMatterRan).toBeUndefined();
  });
});
