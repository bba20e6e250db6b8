import { describe, it, expect } from "vitest";
import { LIST_LANGUAGES, type ListLanguage } from "./lists";
import { createMatcher, type SafeguardingLists } from "./matcher";
import { compilePattern, normalise, PatternError, samplePhrase } from "./pattern";

// Small hand-made lists: these tests pin the mechanics, not the shipped wording.
function lists(overrides: Partial<SafeguardingLists> = {}): SafeguardingLists {
  const empty = (locale: ListLanguage) => ({
    locale,
    categories: { "self-harm": ["zzz"], abuse: ["zzz"], danger: ["zzz"], bullying: ["zzz"] },
    ignore: [],
  });
  const all = Object.fromEntries(
    LIST_LANGUAGES.map((l) => [l, empty(l)]),
  ) as unknown as SafeguardingLists;
  return { ...all, ...overrides };
}

const en: SafeguardingLists["en"] = {
  locale: "en",
  categories: {
    "self-harm": ["kill* myself", "want to ... die", "suicid*"],
    abuse: ["he|she hit* me"],
    danger: ["kill yourself", "kill me"],
    bullying: ["bully|bullies me"],
  },
  ignore: ["dont kill yourself", "to die for", "* hit* me up"],
};

describe("normalise", () => {
  it("lowercases, strips accents and punctuation, drops apostrophes", () => {
    expect(normalise("  Ça  VA?! Don't   j'ai — été ")).toBe("ca va dont jai ete");
  });
  it("collapses repeated letters, so stretched words match", () => {
    expect(normalise("I wanna dieeeee")).toBe("i wana die");
    expect(normalise("kill")).toBe(normalise("kiiiill"));
  });
  it("folds Nordic and Estonian letters", () => {
    expect(normalise("Sø æble ÅR õun ÄÖÜ")).toBe("so aeble ar oun aou");
  });
  it("keeps Cyrillic й and ї, and writes ё as е", () => {
    expect(normalise("Мой ЁЖИК, їжак")).toBe("мой ежик їжак");
    expect(normalise("мой")).not.toBe(normalise("мои"));
    expect(normalise("б'є")).toBe(normalise("бʼє"));
  });
  it("drops Arabic vowel marks and tatweel, and folds letters written interchangeably", () => {
    expect(normalise("أُرِيدُ")).toBe("اريد");
    expect(normalise("إنتحـــار")).toBe("انتحار");
    expect(normalise("على")).toBe(normalise("علي"));
    expect(normalise("فكرة")).toBe(normalise("فكره"));
  });
  it("normalises a text and a phrase the same way, in every script", () => {
    for (const word of ["selvmord", "Самоубийство", "суїцид", "samobójstwo", "الانتحار"]) {
      expect(compilePattern(word).test(normalise(word.toUpperCase()))).toBe(true);
    }
  });
  it("removes zero-width characters and applies NFKC", () => {
    expect(normalise("ki\u200Bll ｍｙｓｅｌｆ")).toBe("kil myself");
  });
});

describe("compilePattern", () => {
  const hit = (pattern: string, text: string) => compilePattern(pattern).test(normalise(text));

  it("matches whole words only", () => {
    expect(hit("die", "I want to die")).toBe(true);
    expect(hit("die", "diet and dies")).toBe(false);
  });
  it("supports word* endings, a|b alternatives, * and ...", () => {
    expect(hit("suicid*", "suicidal thoughts")).toBe(true);
    expect(hit("he|she hit* me", "She hitting me")).toBe(true);
    expect(hit("this * is killing me", "this exam is killing me")).toBe(true);
    expect(hit("want to ... die", "want to just fucking die")).toBe(true);
    expect(hit("want to ... die", "want to go out, have fun, and then die")).toBe(false);
  });
  it("accepts Nordic letters typed with or without them", () => {
    for (const text of ["jeg vil dø", "jeg vil do", "jeg vil doe", "JEG VIL DØØØ"]) {
      expect(hit("jeg vil dø", text)).toBe(true);
    }
    expect(hit("slå mig selv ihjel", "slaa mig selv ihjel")).toBe(true);
    expect(hit("tahan surra", "Tahan surraaa")).toBe(true);
  });
  it("matches an Arabic word with a joined and/so and a present or future prefix", () => {
    expect(hit("يضربني", "وبيضربني كل يوم")).toBe(true);
    expect(hit("يضربني", "هيضربني")).toBe(true);
    expect(hit("يضربني", "فيضربني")).toBe(true);
    expect(hit("يضربني", "ضربني")).toBe(false);
  });
  it("rejects malformed patterns", () => {
    for (const bad of ["", "...", "... die", "die ...", "a ... ... b", "a|", "ki*ll", "!!"]) {
      expect(() => compilePattern(bad), bad).toThrow(PatternError);
    }
  });
  it("turns a pattern into a plain sample it matches", () => {
    expect(samplePhrase("want|wanna to ... die*")).toBe("want to die");
    expect(compilePattern("want|wanna to ... die*").test(normalise("want to die"))).toBe(true);
  });
});

describe("createMatcher", () => {
  const matcher = createMatcher(lists({ en }));

  it("flags with category and the phrase as written", () => {
    expect(matcher.match("I want to kill myself")).toEqual({
      flagged: true,
      categories: ["self-harm"],
      matches: [{ category: "self-harm", phrase: "kill* myself" }],
    });
  });
  it("reports every category once, in a stable order", () => {
    const result = matcher.match("He hit me. I am suicidal and want to kill myself.");
    expect(result.categories).toEqual(["self-harm", "abuse"]);
    expect(result.matches).toHaveLength(3);
  });
  it("drops a concern that lies entirely inside an idiom", () => {
    expect(matcher.match("Don't kill yourself over one bad grade").flagged).toBe(false);
    expect(matcher.match("he hit me up last night").flagged).toBe(false);
  });
  it("keeps a concern that only overlaps an idiom", () => {
    // "to die for" must not swallow the "want to die" it overlaps.
    expect(matcher.match("I want to die for real").categories).toEqual(["self-harm"]);
  });
  it("keeps a concern elsewhere in a text that also holds an idiom", () => {
    const result = matcher.match("Don't kill yourself over it. But he hit me.");
    expect(result.categories).toEqual(["abuse"]);
  });
  it("keeps a second occurrence outside the idiom", () => {
    const text = "dont kill yourself, they said. then they said kill yourself";
    expect(matcher.match(text).categories).toEqual(["danger"]);
  });
  it("prefers the longer match when two categories cover the same words", () => {
    const nb = {
      locale: "nb" as const,
      categories: {
        "self-harm": ["drepe meg selv"],
        abuse: ["zzz"],
        danger: ["drepe meg"],
        bullying: ["zzz"],
      },
      ignore: [],
    };
    const m = createMatcher(lists({ en, nb }));
    expect(m.match("jeg vil drepe meg selv").categories).toEqual(["self-harm"]);
    expect(m.match("han vil drepe meg").categories).toEqual(["danger"]);
  });
  it("checks every language's list, whatever language the text is in", () => {
    const da = {
      locale: "da" as const,
      categories: {
        "self-harm": ["jeg vil dø"],
        abuse: ["zzz"],
        danger: ["zzz"],
        bullying: ["zzz"],
      },
      ignore: ["dø af grin"],
    };
    const ru = {
      locale: "ru" as const,
      categories: { "self-harm": ["zzz"], abuse: ["zzz"], danger: ["zzz"], bullying: ["травл*"] },
      ignore: [],
    };
    const m = createMatcher(lists({ en, da, ru }));
    expect(m.match("jeg ved ikke, I want to kill myself").categories).toEqual(["self-harm"]);
    expect(m.match("jeg vil dø").categories).toEqual(["self-harm"]);
    expect(m.match("в колледже травля").categories).toEqual(["bullying"]);
    // Idioms of every language apply too, with the same rule: only what lies inside them.
    expect(m.match("I could dø af grin").flagged).toBe(false);
  });
  it("reports bullying as its own category", () => {
    expect(matcher.match("they bully me and he hit me").categories).toEqual(["abuse", "bullying"]);
  });
  it("does not flag empty or harmless text", () => {
    expect(matcher.match("").flagged).toBe(false);
    expect(matcher.match("🙂 !!!").flagged).toBe(false);
    expect(matcher.match("Ask your teacher when you don't understand").flagged).toBe(false);
  });
  it("refuses lists with a malformed pattern", () => {
    const broken = { ...en, ignore: ["to ... ... die"] };
    expect(() => createMatcher(lists({ en: broken }))).toThrow(PatternError);
  });
});
