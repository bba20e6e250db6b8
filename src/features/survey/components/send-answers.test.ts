import { describe, expect, it } from "vitest";
import { surveyNextSchema } from "../schemas";
import { nextOf } from "./send-answers";

describe("nextOf: the server's answer to a survey sent", () => {
  it("knows every place the server may send a student next", () => {
    for (const next of surveyNextSchema.options) expect(nextOf({ next })).toBe(next);
  });

  it("takes nothing else for an answer", () => {
    for (const junk of [undefined, null, "thanks", {}, { next: "score" }, { next: 1 }, []]) {
      expect(nextOf(junk)).toBeUndefined();
    }
  });
});
