import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { MAX_ITEMS, parseSurveyDefinition, SurveyDefinitionError } from "./definition";

const FILE = "content/surveys/test.json";

/** The same text in every locale, tagged with the locale so translations look distinct. */
function t(text: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [locale, `${text} (${locale})`]));
}

/** A small valid definition, as plain JSON, for each test to break in one place. */
function validJson() {
  return {
    key: "test",
    version: 1,
    title: t("Title"),
    intro: t("Intro"),
    minutes: 2,
    scales: {
      agree4: { points: [1, 2, 3, 4].map((value) => ({ value, label: t(`Point ${value}`) })) },
    },
    items: [
      { key: "a", kind: "scale", scale: "agree4", text: t("A"), source: "Test" },
      {
        key: "b",
        kind: "scale",
        scale: "agree4",
        text: t("B"),
        source: "Test; reverse-scored here",
      },
      {
        key: "why",
        kind: "multi",
        maxChoices: 2,
        text: t("Why"),
        source: "Test",
        options: [
          { key: "x", label: t("X") },
          { key: "y", label: t("Y") },
          { key: "none", label: t("None"), exclusive: true },
        ],
      },
      { key: "open_support", kind: "text", maxLength: 500, text: t("Open"), source: "Test" },
    ],
    scoring: {
      items: ["a", "b"],
      reverse: ["b"],
      minAnswered: 1,
      bands: { lowBelow: 50, highFrom: 75 },
    },
  };
}

function problemsOf(json: unknown): string {
  try {
    parseSurveyDefinition(json, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(SurveyDefinitionError);
    return (error as SurveyDefinitionError).message;
  }
  throw new Error("expected the definition to be rejected");
}

describe("parseSurveyDefinition", () => {
  it("accepts a valid definition and fills in defaults", () => {
    const definition = parseSurveyDefinition(validJson(), FILE);
    expect(definition.items.map((item) => item.key)).toEqual(["a", "b", "why", "open_support"]);
    expect(definition.items[0]?.required).toBe(false);
  });

  it("refuses an item of a kind the app cannot draw, score or store", () => {
    const json = validJson();
    (json.items[2] as { kind: string }).kind = "slider";
    const message = problemsOf(json);
    expect(message).toContain(FILE);
    expect(message).toMatch(/items\[2\]\.kind/);
  });

  it("names the file and the path of a missing locale text", () => {
    const json = validJson();
    delete (json.items[1]?.text as Record<string, string>).nb;
    const message = problemsOf(json);
    expect(message).toContain(FILE);
    expect(message).toContain("items[1].text.nb: missing text for this locale");
  });

  it("rejects blank text and an unknown locale", () => {
    const json = validJson();
    json.title.et = "   ";
    (json.intro as Record<string, string>).de = "Hallo";
    const message = problemsOf(json);
    expect(message).toContain("title.et: empty text");
    expect(message).toMatch(/intro: .*"de"/);
  });

  it("rejects a duplicate item key", () => {
    const json = validJson();
    json.items[1]!.key = "a";
    expect(problemsOf(json)).toContain(`${FILE}:\n  - items[1].key: duplicate item key "a"`);
  });

  it("rejects scoring that points to an unknown item", () => {
    const json = validJson();
    json.scoring.items = ["a", "nope"];
    expect(problemsOf(json)).toContain('scoring.items[1]: unknown item "nope"');
  });

  it("rejects scoring of an item that is not a scale", () => {
    const json = validJson();
    json.scoring.items = ["a", "b", "open_support"];
    expect(problemsOf(json)).toContain('scoring.items[2]: "open_support" is not a scale item');
  });

  it("rejects a reverse item that is not scored", () => {
    const json = validJson();
    json.scoring.reverse = ["why"];
    expect(problemsOf(json)).toContain('scoring.reverse[0]: "why" is not a scored item');
  });

  it("rejects a source note that disagrees with scoring.reverse, either way", () => {
    const unmarked = validJson();
    unmarked.items[1]!.source = "Test";
    expect(problemsOf(unmarked)).toContain(
      'items[1].source: is in scoring.reverse; say "reverse-scored here" in the note',
    );
    const claimed = validJson();
    claimed.items[0]!.source = "Test; reverse-scored here";
    expect(problemsOf(claimed)).toContain(
      'items[0].source: says "reverse-scored here" but is not in scoring.reverse',
    );
  });

  it("rejects an item on an unknown scale", () => {
    const json = validJson();
    json.items[0]!.scale = "agree5";
    expect(problemsOf(json)).toContain('items[0].scale: unknown scale "agree5"');

    json.items[0]!.scale = "constructor";
    expect(problemsOf(json)).toContain('items[0].scale: unknown scale "constructor"');
  });

  it("rejects scale points that do not go up by one", () => {
    const json = validJson();
    json.scales.agree4.points[2]!.value = 4;
    expect(problemsOf(json)).toContain("scales.agree4.points[2].value: expected 3");
  });

  it("rejects bands out of 0-100 or with LOW not below HIGH", () => {
    const json = validJson();
    json.scoring.bands.highFrom = 120;
    expect(problemsOf(json)).toContain("scoring.bands.highFrom:");

    const crossed = validJson();
    crossed.scoring.bands = { lowBelow: 75, highFrom: 75 };
    expect(problemsOf(crossed)).toContain("scoring.bands: lowBelow (75) must be below highFrom");
  });

  it("rejects a minimum above the number of scored items", () => {
    const json = validJson();
    json.scoring.minAnswered = 3;
    expect(problemsOf(json)).toContain("scoring.minAnswered: more than the 2 scored items");
  });

  it("rejects more choices than options, and duplicate options", () => {
    const json = validJson();
    json.items[2]!.maxChoices = 4;
    json.items[2]!.options![1]!.key = "x";
    const message = problemsOf(json);
    expect(message).toContain("items[2].maxChoices: more than the 3 options");
    expect(message).toContain('items[2].options[1].key: duplicate option "x"');
  });

  it("rejects unknown properties, so a typo does not pass silently", () => {
    const json = { ...validJson(), minuts: 2 };
    expect(problemsOf(json)).toMatch(/\(root\): .*"minuts"/);
  });

  it(`rejects more than ${MAX_ITEMS} items`, () => {
    const json = validJson();
    json.items = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => ({
      key: `q${i}`,
      kind: "scale",
      scale: "agree4",
      text: t(`Q${i}`),
      source: "Test",
    }));
    json.scoring.items = ["q0", "q1"];
    json.scoring.reverse = [];
    expect(problemsOf(json)).toContain("items:");
  });
});

describe("content/surveys/belonging-pulse.json", () => {
  const file = path.join("content", "surveys", "belonging-pulse.json");
  const definition = parseSurveyDefinition(
    JSON.parse(readFileSync(path.join(process.cwd(), file), "utf8")),
    file,
  );

  it("parses, has at most 10 items and takes two minutes", () => {
    expect(definition.key).toBe("belonging-pulse");
    expect(definition.items.length).toBeLessThanOrEqual(10);
    expect(definition.minutes).toBe(2);
  });

  it("states the length once: the intro repeats neither the minutes nor the count", () => {
    // The intro screen and the poster show definition.minutes and the item count beside it.
    for (const locale of locales) {
      expect(definition.intro[locale], locale).not.toMatch(
        /\d|\b(two|to|twee|kaks|deux|eight|otte|acht|åtte|kaheksa|huit)\b/i,
      );
    }
  });

  it("cites the source scales of the items, reverse-scored exactly as scored", () => {
    const source = (key: string) => definition.items.find((item) => item.key === key)?.source;
    expect(source("bu_not_belong")).toMatch(/Goodenow \(1993\).*PSSM/);
    expect(source("bu_bad_moment")).toMatch(/Walton & Cohen \(2007\), belonging-uncertainty/);
    // "I fit in well" is a Sense of Social Fit item, not a belonging-uncertainty one.
    expect(source("bu_fit_in")).toMatch(/Sense of Social Fit scale.*"I fit in well at \[school\]"/);
    expect(source("bu_fit_in")).not.toMatch(/reverse-scored here/);
    expect(definition.scoring.reverse).not.toContain("bu_fit_in");
  });

  it("scores six scale items, four of them reversed, with a minimum of four", () => {
    expect(definition.scoring.items).toHaveLength(6);
    expect(definition.scoring.reverse).toEqual(
      expect.arrayContaining(["bu_not_belong", "bu_bad_moment", "school_outsider", "bu_wonder"]),
    );
    expect(definition.scoring.minAnswered).toBe(4);
    expect(definition.scoring.bands).toEqual({ lowBelow: 50, highFrom: 75 });
  });

  it("has the barrier question (up to 3) and the open support question", () => {
    const barriers = definition.items.find((item) => item.key === "barriers");
    expect(barriers?.kind === "multi" && barriers.maxChoices).toBe(3);
    const open = definition.items.find((item) => item.key === "open_support");
    expect(open?.kind === "text" && open.signalsSupport && open.maxLength).toBe(500);
  });

  it("is translated: no text of another locale is the English text", () => {
    const texts = [
      definition.title,
      definition.intro,
      ...Object.values(definition.scales).flatMap((s) => s.points.map((p) => p.label)),
      ...definition.items.flatMap((item) => [
        item.text,
        ...(item.hint ? [item.hint] : []),
        ...(item.kind === "multi" ? item.options.map((o) => o.label) : []),
      ]),
    ];
    for (const text of texts) {
      for (const locale of locales.filter((l) => l !== "en")) {
        expect(text[locale], `${locale}: ${text.en}`).not.toBe(text.en);
      }
    }
  });
});
