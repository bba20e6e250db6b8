import { describe, expect, it } from "vitest";
import {
  countSentences,
  countSyllables,
  estimateReadability,
  fleschDouma,
  fleschReadingEase,
  kandelMoles,
  lix,
  measureFor,
} from "./readability";

describe("Flesch reading ease (English)", () => {
  it("scores the textbook sentence 'The cat sat on the mat.' at 116.1", () => {
    // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 6/6 = 116.145.
    expect(fleschReadingEase("The cat sat on the mat.")).toBe(116.1);
  });

  it("counts English syllables with silent endings", () => {
    expect(countSyllables("make", "en")).toBe(1);
    expect(countSyllables("table", "en")).toBe(2);
    expect(countSyllables("walked", "en")).toBe(1);
    expect(countSyllables("started", "en")).toBe(2);
    expect(countSyllables("belonging", "en")).toBe(3);
    expect(countSyllables("the", "en")).toBe(1);
  });

  it("scores long sentences of long words lower", () => {
    const plain = "I was scared. I did not know anyone. Then I asked a question.";
    const dense =
      "Considerable apprehension accompanied my initial institutional integration, notwithstanding comprehensive organisational preparations.";
    expect(fleschReadingEase(plain)).toBeGreaterThan(fleschReadingEase(dense));
    expect(estimateReadability(plain, "en").meetsTarget).toBe(true);
    expect(estimateReadability(dense, "en").meetsTarget).toBe(false);
  });
});

describe("LIX (Danish, Norwegian, Estonian)", () => {
  it("computes Björnsson's formula by hand on a Danish passage", () => {
    // 11 words, 2 sentences, 2 words over six letters (Værkstedet, larmende):
    // 11/2 + 100 * 2/11 = 5.5 + 18.18 = 23.7.
    expect(lix("Jeg var bange den første dag. Værkstedet var stort og larmende.")).toBe(23.7);
  });

  it("is the measure for da, nb and et, and a high LIX misses the B1 target", () => {
    expect(["da", "nb", "et"].map(measureFor)).toEqual(["lix", "lix", "lix"]);
    const hard =
      "Uddannelsesinstitutionens kommunikationsstrategier forudsætter tilstrækkelige forudsætninger hos eleverne vedrørende selvstændighed";
    const estimate = estimateReadability(hard, "da");
    expect(estimate.score).toBeGreaterThan(40);
    expect(estimate.meetsTarget).toBe(false);
  });
});

describe("Flesch-Douma (Dutch)", () => {
  it("computes the formula by hand", () => {
    // 11 words, 2 sentences, 13 syllables (eer-ste, werk-plaats, the rest one each):
    // 206.835 - 0.93 * 5.5 - 77 * 13/11 = 206.835 - 5.115 - 91 = 110.7.
    expect(fleschDouma("Ik was bang op de eerste dag. De werkplaats was groot.")).toBe(110.7);
    expect(measureFor("nl")).toBe("flesch-douma");
  });
});

describe("Kandel-Moles (French)", () => {
  it("computes the formula by hand, with the mute e", () => {
    // 8 words (J'avais and L'atelier are one each), 2 sentences, 13 syllables
    // (ja-vais 2, peur 1, le 1, pre-mier 2, jour 1, la-te-lier 3, é-tait 2, grand 1):
    // 209 - 1.15 * 4 - 68 * 13/8 = 209 - 4.6 - 110.5 = 93.9.
    expect(kandelMoles("J'avais peur le premier jour. L'atelier était grand.")).toBe(93.9);
    expect(countSyllables("parlent", "fr")).toBe(1);
    expect(countSyllables("école", "fr")).toBe(2);
  });
});

describe("sentences", () => {
  it("counts end marks, and a text without one as one sentence", () => {
    expect(countSentences("One. Two! Three? Four")).toBe(4);
    expect(countSentences("no end mark")).toBe(1);
    expect(countSentences("")).toBe(0);
    expect(countSentences("Wait... what?")).toBe(2);
  });
});
