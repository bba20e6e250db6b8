import { describe, expect, it } from "vitest";
import { localSlug, localStoryId, storyHref } from "./local-slug";

describe("local story slugs", () => {
  it("lead to the local story page, and shipped slugs to theirs", () => {
    expect(storyHref(localSlug("abc123"))).toBe("/stories/local/abc123");
    expect(storyHref("the-loud-workshop")).toBe("/stories/the-loud-workshop");
    expect(localStoryId("the-loud-workshop")).toBeUndefined();
  });
});
