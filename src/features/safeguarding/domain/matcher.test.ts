import { describe, it, expect } from "vitest";
import type { Locale } from "@/i18n/locales";
import { createMatcher, type SafeguardingLists } from "./matcher";
import { compilePattern, normalise, PatternError, samplePhrase } from "./pattern";

// Small hand-made lists: these tests pin the mechanics, not the shipped wording.
function lists(overrides: Partial<SafeguardingLists> = {}): SafeguardingLists {
  const empty = (locale: Locale) => ({
    locale,
    categories: { "self-harm": ["zzz"], abuse: ["zzz"], danger: ["zzz"] },
    ignore: [],
  });
  const all = {
    en: empty("en"),
    da: empty("da"),
    nl: empty("nl"),
    nb: empty("nb"),
    et: empty("et"),
    fr: empty("fr"),
  };
  return { ...all, ...overrides };
}

const en: SafeguardingLists["en"] = {
  locale: "en",
  categories: {
    "self-harm": ["kill* myself", "want to ... die", "suicid*"],
    abuse: ["he|she hit* me"],
    danger: ["kill yourself", "kill me"],
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
    expect(matcher.match("I want to kill myself", "en")).toEqual({
      flagged: true,
      categories: ["self-harm"],
      matches: [{ category: "self-harm", phrase: "kill* myself" }],
    });
  });
  it("reports every category once, in a stable order", () => {
    const result = matcher.match("He hit me. I am suicidal and want to kill myself.", "en");
    expect(result.categories).toEqual(["self-harm", "abuse"]);
    expect(result.matches).toHaveLength(3);
  });
  it("drops a concern that lies entirely inside an idiom", () => {
    expect(matcher.match("Don't kill yourself over one bad grade", "en").flagged).toBe(false);
    expect(matcher.match("he hit me up last night", "en").flagged).toBe(false);
  });
  it("keeps a concern that only overlaps an idiom", () => {
    // "to die for" must not swallow the "want to die" it overlaps.
    expect(matcher.match("I want to die for real", "en").categories).toEqual(["self-harm"]);
  });
  it("keeps a concern elsewhere in a text that also holds an idiom", () => {
    const result = matcher.match("Don't kill yourself over it. But he hit me.", "en");
    expect(result.categories).toEqual(["abuse"]);
  });
  it("keeps a second occurrence outside the idiom", () => {
    const text = "dont kill yourself, they said. then they said kill yourself";
    expect(matcher.match(text, "en").categories).toEqual(["danger"]);
  });
  it("prefers the longer match when two categories cover the same words", () => {
    const nb = {
      locale: "nb" as const,
      categories: { "self-harm": ["drepe meg selv"], abuse: ["zzz"], danger: ["drepe meg"] },
      ignore: [],
    };
    const m = createMatcher(lists({ en, nb }));
    expect(m.match("jeg vil drepe meg selv", "nb").categories).toEqual(["self-harm"]);
    expect(m.match("han vil drepe meg", "nb").categories).toEqual(["danger"]);
  });
  it("always checks English too, and the locale's own list", () => {
    const da = {
      locale: "da" as const,
      categories: { "self-harm": ["jeg vil dø"], abuse: ["zzz"], danger: ["zzz"] },
      ignore: [],
    };
    const m = createMatcher(lists({ en, da }));
    expect(m.match("jeg ved ikke, I want to kill myself", "da").flagged).toBe(true);
    expect(m.match("jeg vil dø", "da").flagged).toBe(true);
    expect(m.match("jeg vil dø", "en").flagged).toBe(false);
  });
  it("does not flag empty or harmless text", () => {
    expect(matcher.match("", "en").flagged).toBe(false);
    expect(matcher.match("🙂 !!!", "en").flagged).toBe(false);
    expect(matcher.match("Ask your teacher when you don't understand", "en").flagged).toBe(false);
  });
  it("refuses lists with a malformed pattern", () => {
    const broken = { ...en, ignore: ["to ... ... die"] };
    expect(() => createMatcher(lists({ en: broken }))).toThrow(PatternError);
  });
});
