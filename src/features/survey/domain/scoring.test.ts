import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { parseSurveyDefinition } from "./definition";
import { bandFor, scoreResponse, shouldInvite, validateAnswers } from "./scoring";

const pulseFile = path.join("content", "surveys", "belonging-pulse.json");
const pulse = parseSurveyDefinition(
  JSON.parse(readFileSync(path.join(process.cwd(), pulseFile), "utf8")),
  pulseFile,
);

function t(text: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [locale, text]));
}

/** Two scored items on a 5-point scale (each point worth 25), so scores land on boundaries. */
const five = parseSurveyDefinition(
  {
    key: "five",
    version: 1,
    title: t("Five"),
    intro: t("Intro"),
    minutes: 1,
    scales: { five: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: t(`${value}`) })) } },
    items: [
      { key: "a", kind: "scale", scale: "five", text: t("A"), source: "Test" },
      { key: "b", kind: "scale", scale: "five", text: t("B"), source: "Test" },
      { key: "c", kind: "scale", scale: "five", text: t("C"), source: "Test", required: true },
      { key: "note", kind: "text", maxLength: 10, text: t("Note"), source: "Test" },
    ],
    scoring: { items: ["a", "b"], minAnswered: 2, bands: { lowBelow: 50, highFrom: 75 } },
  },
  "five.json",
);

// The most belonging answer to every scored pulse item: a score of 100.
const mostBelonging = {
  bu_not_belong: 1,
  bu_bad_moment: 1,
  bu_fit_in: 7,
  school_outsider: 1,
  school_friends: 4,
  bu_wonder: 1,
};

describe("scoreResponse", () => {
  it("gives 100 and 0 at the two ends", () => {
    expect(scoreResponse(pulse, mostBelonging)).toEqual({
      score: 100,
      band: "HIGH",
      answeredScaleItems: 6,
    });
    const leastBelonging = {
      bu_not_belong: 7,
      bu_bad_moment: 7,
      bu_fit_in: 1,
      school_outsider: 4,
      school_friends: 1,
      bu_wonder: 5,
    };
    expect(scoreResponse(pulse, leastBelonging).score).toBe(0);
  });

  it("matches a hand-computed score", () => {
    // 1-2/6, 1-4/6, 5/6, 1-1/3, 2/3, 1-1/4 -> sum 3.9167 / 6 = 0.65278 -> 65.3
    const answers = {
      bu_not_belong: 3,
      bu_bad_moment: 5,
      bu_fit_in: 6,
      school_outsider: 2,
      school_friends: 3,
      bu_wonder: 2,
    };
    expect(scoreResponse(pulse, answers)).toEqual({
      score: 65.3,
      band: "MID",
      answeredScaleItems: 6,
    });
  });

  // Moving one item to its top point: a reversed item loses its sixth (100 -> 83.3).
  it.each([
    ["bu_not_belong", 7, 83.3],
    ["bu_bad_moment", 7, 83.3],
    ["bu_fit_in", 7, 100],
    ["school_outsider", 4, 83.3],
    ["school_friends", 4, 100],
    ["bu_wonder", 5, 83.3],
  ])("scores %s at its top point %i as %d", (key, top, expected) => {
    expect(scoreResponse(pulse, { ...mostBelonging, [key]: top }).score).toBe(expected);
  });

  it("gives no score below the minimum of answered items, and one at it", () => {
    const three = { bu_not_belong: 1, bu_bad_moment: 1, bu_fit_in: 7 };
    expect(scoreResponse(pulse, three)).toEqual({ score: null, band: null, answeredScaleItems: 3 });
    // (1 + 1 + 1 + 0) / 4 = 75
    const four = { ...three, school_friends: 1 };
    expect(scoreResponse(pulse, four)).toEqual({ score: 75, band: "HIGH", answeredScaleItems: 4 });
  });

  it("leaves invalid values out, as if skipped", () => {
    const answers = { ...mostBelonging, bu_fit_in: 8, school_friends: 2.5, bu_wonder: "1" };
    expect(scoreResponse(pulse, answers)).toEqual({
      score: null,
      band: null,
      answeredScaleItems: 3,
    });
  });

  it("bands with the default thresholds, boundaries included", () => {
    expect(scoreResponse(five, { a: 2, b: 3 })).toMatchObject({ score: 37.5, band: "LOW" });
    expect(scoreResponse(five, { a: 3, b: 3 })).toMatchObject({ score: 50, band: "MID" });
    expect(scoreResponse(five, { a: 3, b: 4 })).toMatchObject({ score: 62.5, band: "MID" });
    expect(scoreResponse(five, { a: 4, b: 4 })).toMatchObject({ score: 75, band: "HIGH" });
  });

  it("bands with an institution's thresholds, boundaries included", () => {
    expect(scoreResponse(five, { a: 3, b: 3 }, { lowBelow: 60 }).band).toBe("LOW");
    expect(scoreResponse(five, { a: 2, b: 3 }, { lowBelow: 37.5 }).band).toBe("MID");
    expect(scoreResponse(five, { a: 3, b: 4 }, { highFrom: 62.5 }).band).toBe("HIGH");
    expect(scoreResponse(five, { a: 3, b: 4 }, { lowBelow: undefined }).band).toBe("MID");
  });

  it("lets LOW win when an override puts lowBelow above highFrom", () => {
    expect(scoreResponse(five, { a: 4, b: 4 }, { lowBelow: 80 }).band).toBe("LOW");
    expect(scoreResponse(five, { a: 5, b: 5 }, { lowBelow: 80 }).band).toBe("HIGH");
  });

  it("refuses thresholds outside 0-100", () => {
    expect(() => scoreResponse(five, { a: 3, b: 3 }, { highFrom: 101 })).toThrow(RangeError);
    expect(() => bandFor(50, { lowBelow: Number.NaN, highFrom: 75 })).toThrow(RangeError);
  });
});

describe("validateAnswers", () => {
  it("accepts a complete, valid response and an empty one", () => {
    const answers = { ...mostBelonging, barriers: ["classmates", "language"], open_support: "Ok" };
    expect(validateAnswers(pulse, answers)).toEqual([]);
    expect(validateAnswers(pulse, {})).toEqual([]);
  });

  it("rejects scale values out of range or not whole numbers", () => {
    expect(validateAnswers(pulse, { bu_fit_in: 0, bu_wonder: 6, school_friends: 2.5 })).toEqual([
      { field: "answers.bu_fit_in", message: "Choose a whole number from 1 to 7." },
      { field: "answers.school_friends", message: "Choose a whole number from 1 to 4." },
      { field: "answers.bu_wonder", message: "Choose a whole number from 1 to 5." },
    ]);
    expect(validateAnswers(pulse, { bu_fit_in: "7" })).toHaveLength(1);
  });

  it("rejects unknown items, including prototype names", () => {
    expect(validateAnswers(pulse, { shoe_size: 42, constructor: 1 })).toEqual([
      { field: "answers.shoe_size", message: "Unknown question." },
      { field: "answers.constructor", message: "Unknown question." },
    ]);
  });

  it.each([
    [["classmates", "teachers", "language", "placement"], "Choose at most 3."],
    [["classmates", "pets"], 'Unknown option "pets".'],
    [["language", "language"], "An option is chosen twice."],
    [["nothing", "language"], '"nothing" cannot be chosen with other options.'],
    ["classmates", "Expected a list of options."],
  ])("rejects barriers %j", (barriers, message) => {
    expect(validateAnswers(pulse, { barriers })).toEqual([{ field: "answers.barriers", message }]);
  });

  it("limits text to its length in characters, an emoji counting once", () => {
    expect(validateAnswers(pulse, { open_support: "x".repeat(500) })).toEqual([]);
    expect(validateAnswers(pulse, { open_support: "🙂".repeat(500) })).toEqual([]);
    expect(validateAnswers(pulse, { open_support: "x".repeat(501) })).toEqual([
      { field: "answers.open_support", message: "Write at most 500 characters." },
    ]);
    expect(validateAnswers(pulse, { open_support: 5 })).toEqual([
      { field: "answers.open_support", message: "Expected text." },
    ]);
  });

  it("reports a required item that is missing or blank; optional ones may be skipped", () => {
    const missing = [{ field: "answers.c", message: "This question needs an answer." }];
    expect(validateAnswers(five, { a: 1 })).toEqual(missing);
    expect(validateAnswers(five, { c: 3, note: "  " })).toEqual([]);
    expect(five.items.filter((item) => item.required).map((item) => item.key)).toEqual(["c"]);
    expect(pulse.items.some((item) => item.required)).toBe(false);
  });
});

describe("shouldInvite", () => {
  it("invites a LOW band", () => {
    expect(shouldInvite({ band: "LOW", answers: {} })).toBe(true);
  });

  it("invites anyone who writes an answer to the open support question", () => {
    expect(shouldInvite({ band: "HIGH", answers: { open_support: "More breaks together" } })).toBe(
      true,
    );
    expect(shouldInvite({ band: null, answers: { open_support: "?" }, definition: pulse })).toBe(
      true,
    );
  });

  it("does not invite MID, HIGH or no band with a blank or missing answer", () => {
    expect(shouldInvite({ band: "MID", answers: { open_support: "   " } })).toBe(false);
    expect(shouldInvite({ band: "HIGH", answers: {} })).toBe(false);
    expect(shouldInvite({ band: null, answers: { bu_fit_in: 1 } })).toBe(false);
  });

  it("uses the definition's support flag when given", () => {
    // "five" has a text item, but it does not signal support.
    expect(shouldInvite({ band: "MID", answers: { note: "hi" }, definition: five })).toBe(false);
    expect(shouldInvite({ band: "MID", answers: { open_support: "hi" }, definition: five })).toBe(
      false,
    );
  });
});
