// How the shipped stories open and close, read as a teacher would: a library where most stories
// begin with a smell reads like one template (at most two per locale open with one), and a
// ready-made tip at the end writes the students' advice for them (at most half end with one).
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { listStories } from "./story-library";

const MAX_SMELL_OPENINGS = 2;

/** Words for a smell in each locale (smelled, lugtede, rook naar, luktet, lõhnas, sentait...). */
const SMELL: Record<(typeof locales)[number], RegExp> = {
  en: /\b(smell|smells|smelled|smelt|scent|stink|stank|odou?r)\b/i,
  da: /\b(lugt\w*|duft\w*|stank|stinker)\b/i,
  nl: /\b(ruik\w*|rook naar|geur\w*|stonk|stinkt)\b/i,
  nb: /\b(lukt\w*|duft\w*|stank|stinker)\b/i,
  et: /(lõhn\w*|hais\w*)/i,
  fr: /(odeur|parfum|\bsent(ait)? (le|la|les|l['’]))/i,
};

describe("the shipped stories' openings", () => {
  it("recognise a smell in each locale", () => {
    const samples: Record<(typeof locales)[number], string> = {
      en: "The workshop smelled of oil.",
      da: "Værkstedet lugtede af olie.",
      nl: "De werkplaats rook naar olie.",
      nb: "Verkstedet luktet olje.",
      et: "Töökojas lõhnas õli järele.",
      fr: "L'atelier sentait l'huile.",
    };
    for (const locale of locales) expect(samples[locale], locale).toMatch(SMELL[locale]);
    expect("Je me sentais seule.").not.toMatch(SMELL.fr);
  });

  for (const locale of locales) {
    it(`${locale}: at most ${MAX_SMELL_OPENINGS} open with a smell`, () => {
      const stories = listStories(locale);
      expect(stories.length).toBeGreaterThan(0);
      const smelly = stories
        .filter((story) => SMELL[locale].test(story.sections[0]?.paragraphs[0] ?? ""))
        .map((story) => story.slug);
      expect(smelly.length, smelly.join(", ")).toBeLessThanOrEqual(MAX_SMELL_OPENINGS);
    });
  }
});

describe("the shipped stories' endings", () => {
  it("leave the advice to the students: at most half end by telling the reader what to do", () => {
    // English is the source and every locale keeps its paragraphs: a last paragraph that says
    // "you" outside quoted speech is a tip to the reader.
    const stories = listStories("en");
    const withTip = stories
      .filter((story) => {
        const last = story.sections.at(-1)?.paragraphs.at(-1) ?? "";
        return /\byou(r|'re|'ve)?\b/i.test(last.replace(/"[^"]*"/g, ""));
      })
      .map((story) => story.slug);
    expect(stories.length).toBeGreaterThan(0);
    expect(withTip.length, withTip.join(", ")).toBeLessThanOrEqual(stories.length / 2);
  });
});
