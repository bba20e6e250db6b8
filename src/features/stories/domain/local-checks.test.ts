import { describe, expect, it } from "vitest";
import { isFirstPerson } from "./first-person";
import { checkText, readingMinutes } from "./local-checks";
import type { LocalStoryFacts, LocalStoryTextInput } from "./local-text";
import { capitalisedInside, possibleNames } from "./names";

const facts: LocalStoryFacts = {
  speakerName: "Mira",
  speakerAge: 17,
  programme: "Electrician",
  nameConsent: false,
  properNouns: [],
};

/** An element of about `words` words in the first person. */
function element(words: number, extra = ""): string {
  const sentence = "I walked into the hall and I felt my hands shake a little.";
  const count = sentence.split(" ").length;
  return `${extra}${Array.from({ length: Math.ceil(words / count) }, () => sentence).join(" ")}`;
}

function text(overrides: Partial<LocalStoryTextInput> = {}): LocalStoryTextInput {
  return {
    locale: "en",
    title: "The first week",
    teaser: "I thought everyone knew each other already.",
    transition: element(60),
    worry: element(60),
    othersToo: element(60),
    strategy: element(60),
    change: element(60),
    ...overrides,
  };
}

describe("the guided editor's checks", () => {
  it("pass a complete first-person story of the right length", () => {
    const checks = checkText(text(), facts);
    expect(checks.missingElements).toEqual([]);
    expect(checks.lengthOk).toBe(true);
    expect(checks.firstPerson).toBe(true);
    expect(checks.possibleNames).toEqual([]);
    expect(checks.ready).toBe(true);
  });

  it("name the elements that are missing or only a sketch", () => {
    const checks = checkText(text({ worry: "", strategy: "I asked." }), facts);
    expect(checks.missingElements).toEqual(["worry", "strategy"]);
    expect(checks.ready).toBe(false);
  });

  it("refuse a story outside the shipped stories' length", () => {
    const short = checkText(
      text({
        transition: element(25),
        worry: element(25),
        othersToo: element(25),
        strategy: element(25),
        change: element(25),
      }),
      facts,
    );
    expect(short.lengthOk).toBe(false);
    expect(checkText(text({ change: element(300) }), facts).lengthOk).toBe(false);
  });

  it("refuse a story told about someone else", () => {
    const third = "She walked into the hall and she felt her hands shake a little.";
    const body = Array.from({ length: 6 }, () => third).join(" ");
    const checks = checkText(
      text({ transition: body, worry: body, othersToo: body, strategy: body, change: body }),
      facts,
    );
    expect(checks.firstPerson).toBe(false);
    expect(checks.ready).toBe(false);
  });

  it("estimate reading minutes between 1 and 5", () => {
    expect(readingMinutes(40)).toBe(1);
    expect(readingMinutes(300)).toBe(2);
    expect(readingMinutes(5000)).toBe(5);
  });
});

describe("first person in every language", () => {
  const samples: Record<string, [string, string]> = {
    da: [
      "Jeg var bange, og min mor sagde, at jeg skulle prøve.",
      "Hun var bange, og hendes mor sagde, at hun skulle prøve.",
    ],
    nb: [
      "Jeg var redd, og mamma sa til meg at jeg skulle prøve.",
      "Hun var redd, og mamma sa til henne at hun skulle prøve.",
    ],
    nl: [
      "Ik was bang en mijn moeder zei dat ik het moest proberen.",
      "Zij was bang en haar moeder zei dat zij het moest proberen.",
    ],
    et: [
      "Ma kartsin ja mu ema ütles, et ma prooviksin.",
      "Ta kartis ja tema ema ütles, et ta prooviks.",
    ],
    fr: [
      "J'avais peur et ma mère m'a dit d'essayer.",
      "Elle avait peur et sa mère lui a dit d'essayer.",
    ],
  };
  for (const [locale, [first, third]] of Object.entries(samples)) {
    it(`${locale}: tells "I" from "she"`, () => {
      expect(isFirstPerson(first, locale)).toBe(true);
      expect(isFirstPerson(third, locale)).toBe(false);
    });
  }
});

describe("the name rule", () => {
  it("finds capitalised words inside sentences, not at their start", () => {
    expect(capitalisedInside("In August I met Jonas. Later we went to Odense with Sara.")).toEqual([
      "Jonas",
      "Odense",
      "Sara",
    ]);
  });

  it("allows the storyteller's name and the places the author lists", () => {
    const story = "My name is Mira. I moved to Odense and met Jonas there.";
    expect(possibleNames(story, { ...facts, properNouns: ["Odense"] })).toEqual(["Jonas"]);
    expect(possibleNames("Everyone called me Mira's sister.", facts)).toEqual([]);
  });

  it("leaves names to the author once consent is recorded", () => {
    expect(possibleNames("I met Jonas.", { ...facts, nameConsent: true })).toEqual([]);
  });

  it("blocks publishing while a possible name remains", () => {
    const checks = checkText(text({ worry: element(60, "I sat next to Jonas. ") }), facts);
    expect(checks.possibleNames).toEqual(["Jonas"]);
    expect(checks.ready).toBe(false);
  });
});
