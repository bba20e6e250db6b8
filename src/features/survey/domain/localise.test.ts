import { describe, expect, it } from "vitest";
import { getSurveyDefinition } from "./load-surveys";
import { localiseSurvey } from "./localise";

const pulse = getSurveyDefinition("belonging-pulse")!;

describe("localiseSurvey", () => {
  it("gives the phone one language and no sources or scoring", () => {
    const fr = localiseSurvey(pulse, "fr");
    expect(fr.title).toBe(pulse.title.fr);
    expect(fr.questions.map((q) => q.key)).toEqual(pulse.items.map((i) => i.key));
    const text = JSON.stringify(fr);
    expect(text).not.toContain(pulse.title.en);
    expect(text).not.toMatch(/"source"|"scoring"|"reverse"/);
  });

  it("carries each kind's answer options", () => {
    const et = localiseSurvey(pulse, "et");
    const scale = et.questions.find((q) => q.kind === "scale");
    const multi = et.questions.find((q) => q.kind === "multi");
    const text = et.questions.find((q) => q.kind === "text");
    expect(scale?.kind === "scale" && scale.points.map((p) => p.value)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(multi?.kind === "multi" && multi.maxChoices).toBe(3);
    expect(multi?.kind === "multi" && multi.options.find((o) => o.exclusive)?.key).toBe("nothing");
    expect(text?.kind === "text" && text.maxLength).toBe(500);
    expect(text?.hint).toBeTruthy();
  });
});
