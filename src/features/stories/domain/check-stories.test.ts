import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { checkStories, type StoryFile } from "./check-stories";

const body = ["transition", "worry", "others-too", "strategy", "change"]
  .map((e) => `<!-- element: ${e} -->\n${Array.from({ length: 60 }, () => "word").join(" ")}\n`)
  .join("\n");

function file(
  slug: string,
  locale: string,
  name = "Amira",
  tags = "[workshop]",
  source = "composite",
): StoryFile {
  const front = `title: A good title\nteaser: A teaser that is long enough.\nspeaker:\n  name: ${name}\n  age: 17\n  programme: Electrician\ncountry: DK\ntags: ${tags}\nreadingMinutes: 3\nsource: ${source}`;
  return {
    slug,
    locale,
    file: `content/stories/${slug}/${locale}.md`,
    text: `---\n${front}\n---\n${body}`,
  };
}

const folder = (slug: string) => `content/stories/${slug}`;

describe("checkStories", () => {
  it("accepts a story present in every locale", () => {
    const result = checkStories(
      locales.map((l) => file("amira", l)),
      folder,
    );
    expect(result.problems).toEqual([]);
    expect(result.stories).toHaveLength(locales.length);
  });

  it("reports each missing locale", () => {
    const result = checkStories(
      locales.filter((l) => l !== "et").map((l) => file("amira", l)),
      folder,
    );
    expect(result.problems).toEqual([
      { file: "content/stories/amira/et.md", message: "this locale of the story is missing" },
    ]);
  });

  it("reports a file for a locale the app does not speak", () => {
    const result = checkStories(
      [...locales.map((l) => file("amira", l)), file("amira", "de")],
      folder,
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      '"de" is not a locale of the app (en, da, nl, nb, et, fr)',
    ]);
  });

  it("reports a translation whose speaker or tags differ", () => {
    const files = locales.map((l) =>
      l === "fr"
        ? file("amira", l, "Amina")
        : l === "nb"
          ? file("amira", l, "Amira", "[placement]")
          : file("amira", l),
    );
    const result = checkStories(files, folder);
    expect(result.problems.map((p) => p.file)).toEqual([
      "content/stories/amira/nb.md",
      "content/stories/amira/fr.md",
    ]);
  });

  it("reports a translation that claims a different source than the others", () => {
    // A story is a real student's own in every language or in none.
    const files = locales.map((l) =>
      file("amira", l, "Amira", "[workshop]", l === "et" ? "told-with-consent" : "composite"),
    );
    const result = checkStories(files, folder);
    expect(result.problems).toEqual([
      {
        file: "content/stories/amira/et.md",
        line: 1,
        message: expect.stringContaining("source must match content/stories/amira/en.md"),
      },
    ]);
  });

  it("accepts a real student's story told with consent in every locale", () => {
    const files = locales.map((l) => file("amira", l, "Amira", "[workshop]", "told-with-consent"));
    const result = checkStories(files, folder);
    expect(result.problems).toEqual([]);
    expect(result.stories.every((s) => s.source === "told-with-consent")).toBe(true);
  });

  it("reports a folder name that is not a slug", () => {
    const result = checkStories(
      locales.map((l) => file("Amira Story", l)),
      folder,
    );
    expect(result.problems[0]!.message).toMatch(/lowercase words joined by hyphens/);
  });

  it("takes a recording for one locale only, and reports one that is not there", () => {
    const withAudio = (f: StoryFile, audio: string) => ({
      ...f,
      text: f.text.replace("readingMinutes: 3", `readingMinutes: 3\naudio: ${audio}`),
    });
    const files = locales.map((l) =>
      l === "da" ? withAudio(file("amira", l), "amira.da.mp3") : file("amira", l),
    );
    expect(checkStories(files, folder, (name) => name === "amira.da.mp3").problems).toEqual([]);
    expect(checkStories(files, folder, () => false).problems).toEqual([
      {
        file: "content/stories/amira/da.md",
        line: 1,
        message: 'the recording "amira.da.mp3" is not in public/audio/stories/ (or it is empty)',
      },
    ]);
  });
});
