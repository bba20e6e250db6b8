import { describe, expect, it } from "vitest";
import { getSurveyDefinition } from "./load-surveys";
import { answerRows } from "./answer-rows";

const pulse = getSurveyDefinition("belonging-pulse")!;

describe("answerRows", () => {
  it("stores a scale value, one row per chosen option and trimmed text, in item order", () => {
    expect(
      answerRows(pulse, {
        open_support: "  A quiet room  ",
        barriers: ["money", "language"],
        bu_fit_in: 5,
      }),
    ).toEqual([
      { itemKey: "bu_fit_in", value: 5, text: null },
      { itemKey: "barriers.money", value: 1, text: null },
      { itemKey: "barriers.language", value: 1, text: null },
      { itemKey: "open_support", value: null, text: "A quiet room" },
    ]);
  });

  it("stores nothing for skipped items, blank text or unknown keys", () => {
    expect(answerRows(pulse, { open_support: "   ", barriers: [], other: 3 })).toEqual([]);
  });
});
