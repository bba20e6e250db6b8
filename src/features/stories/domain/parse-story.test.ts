import { describe, expect, it } from "vitest";
import { countWords, parseStory } from "./parse-story";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

function story({
  front = "title: A good title\nteaser: A teaser that is long enough.\nspeaker:\n  name: Amira\n  age: 17\n  programme: Electrician\ncountry: DK\ntags: [workshop]\nreadingMinutes: 3\nsource: composite",
  elements = ["transition", "worry", "others-too", "strategy", "change"],
  perElement = 60,
} = {}) {
  const body = elements.map((e) => `<!-- element: ${e} -->\n${words(perElement)}\n`).join("\n");
  return `---\n${front}\n---\n\n${body}`;
}

const parse = (text: string) => parseStory(text, "content/stories/x/en.md", "x", "en");

describe("parseStory", () => {
  it("parses a valid story into its five sections", () => {
    const { story: s, problems } = parse(story());
    expect(problems).toEqual([]);
    expect(s?.sections.map((x) => x.element)).toEqual([
      "transition",
      "worry",
      "others-too",
      "strategy",
      "change",
    ]);
    expect(s?.wordCount).toBe(300);
    expect(s?.speaker.name).toBe("Amira");
  });

  it("reports a missing element", () => {
    const { problems } = parse(
      story({ elements: ["transition", "worry", "others-too", "change"], perElement: 75 }),
    );
    expect(problems.map((p) => p.message)).toEqual(['element "strategy" is missing']);
  });

  it("reports elements out of order with the line of the first misplaced one", () => {
    const text = story({ elements: ["transition", "others-too", "worry", "strategy", "change"] });
    const { problems } = parse(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/"others-too" is out of order/);
    expect(problems[0]!.line).toBe(text.split("\n").indexOf("<!-- element: others-too -->") + 1);
  });

  it("reports an unknown marker, a duplicate, and text before the first marker", () => {
    const text = story()
      .replace("<!-- element: change -->", "<!-- element: ending -->")
      .replace("\n\n<!-- element: transition -->", "\n\nHello.\n<!-- element: transition -->");
    const messages = parse(text).problems.map((p) => p.message);
    expect(messages).toContain(
      'unknown element "ending" (expected one of transition, worry, others-too, strategy, change)',
    );
    expect(messages).toContain('element "change" is missing');
    expect(messages).toContain(
      'text before the first element marker (start with "<!-- element: transition -->")',
    );
  });

  it("reports an empty element", () => {
    const text = story().replace(/(<!-- element: worry -->\n)word[^\n]*\n/, "$1\n");
    expect(parse(text).problems.map((p) => p.message)).toContain('element "worry" is empty');
  });

  it("enforces the length bounds", () => {
    expect(parse(story({ perElement: 40 })).problems.map((p) => p.message)).toEqual([
      "the story has 200 words; it should have 250-450",
    ]);
    expect(parse(story({ perElement: 100 })).problems.map((p) => p.message)).toEqual([
      "the story has 500 words; it should have 250-450",
    ]);
  });

  it("names the front matter field that is wrong", () => {
    const text = story({
      front:
        "title: A good title\nteaser: short\nspeaker:\n  name: Amira\n  age: 12\n  programme: Electrician\ncountry: SE\ntags: [cooking]\nreadingMinutes: 3\nsource: true-story",
    });
    const messages = parse(text)
      .problems.map((p) => p.message)
      .join("\n");
    expect(messages).toMatch(/front matter teaser/);
    expect(messages).toMatch(/front matter speaker\.age/);
    expect(messages).toMatch(/front matter country/);
    expect(messages).toMatch(/front matter tags\.0/);
    expect(messages).toMatch(/front matter source/);
  });

  it("requires every story to say where it comes from", () => {
    const text = story().replace("\nsource: composite", "");
    const { story: parsed, problems } = parse(text);
    expect(parsed).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^front matter source:/),
    ]);
  });

  it("reports broken YAML with a line", () => {
    const { problems } = parse("---\ntitle: [unclosed\n---\n");
    expect(problems[0]!.message).toMatch(/front matter is not valid YAML/);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(1);
  });
});

describe("countWords", () => {
  it("counts words in any script and ignores lone punctuation", () => {
    expect(countWords("Ça va — très bien, merci !")).toBe(5);
    expect(countWords("Õpetaja ütles: „Proovi uuesti.”")).toBe(4);
  });
});
