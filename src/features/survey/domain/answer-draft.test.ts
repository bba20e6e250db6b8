import { describe, expect, it } from "vitest";
import {
  DRAFT_MAX_AGE_MS,
  draftStorageKey,
  newDraft,
  parseDraft,
  toggleChoice,
  withAnswer,
} from "./answer-draft";

const now = new Date("2026-11-23T12:00:00Z");

describe("survey drafts on the phone", () => {
  it("are kept per round", () => {
    expect(draftStorageKey("DEMO01")).toBe("belong.survey.DEMO01");
    expect(draftStorageKey("K7MPQ2")).not.toBe(draftStorageKey("DEMO01"));
  });

  it("round-trip through storage with their submissionId", () => {
    let draft = newDraft("DEMO01", "id-1", now);
    draft = withAnswer(draft, "bu_fit_in", 6, now);
    draft = withAnswer(draft, "barriers", ["language"], now);
    draft = { ...draft, step: 4, groupId: null };
    expect(parseDraft(JSON.stringify(draft), "DEMO01", now)).toEqual(draft);
  });

  it("ignore missing, broken, foreign, malformed and stale entries", () => {
    const draft = newDraft("DEMO01", "id-1", now);
    expect(parseDraft(null, "DEMO01", now)).toBeUndefined();
    expect(parseDraft("{not json", "DEMO01", now)).toBeUndefined();
    expect(parseDraft(JSON.stringify(draft), "OTHER2", now)).toBeUndefined();
    expect(parseDraft(JSON.stringify({ ...draft, step: -1 }), "DEMO01", now)).toBeUndefined();
    expect(parseDraft(JSON.stringify({ ...draft, version: 2 }), "DEMO01", now)).toBeUndefined();
    expect(
      parseDraft(JSON.stringify({ ...draft, answers: { a: { b: 1 } } }), "DEMO01", now),
    ).toBeUndefined();
    const malformed = [
      { step: 101 },
      { step: 1.5 },
      { submissionId: "" },
      { submissionId: "x".repeat(101) },
      { groupId: 7 },
      { groupId: "g".repeat(101) },
      { answers: { a: "x".repeat(5_001) } },
      { answers: { a: Array.from({ length: 51 }, () => "o") } },
      { answers: { a: ["x".repeat(101)] } },
      { answers: [] },
      { savedAt: "yesterday" },
      { savedAt: "2026-11-23" },
      { roundCode: 1 },
    ];
    for (const change of malformed) {
      expect(parseDraft(JSON.stringify({ ...draft, ...change }), "DEMO01", now)).toBeUndefined();
    }
    // Only a draft's own fields come back.
    const extra = JSON.stringify({ ...draft, score: 3 });
    expect(parseDraft(extra, "DEMO01", now)).toEqual(draft);
    const later = new Date(now.getTime() + DRAFT_MAX_AGE_MS + 1);
    expect(parseDraft(JSON.stringify(draft), "DEMO01", later)).toBeUndefined();
  });

  it("drop an answer that is cleared, left blank or emptied", () => {
    let draft = newDraft("DEMO01", "id-1", now);
    draft = withAnswer(draft, "a", 3, now);
    draft = withAnswer(draft, "b", ["x"], now);
    draft = withAnswer(draft, "c", "text", now);
    draft = withAnswer(draft, "a", undefined, now);
    draft = withAnswer(draft, "b", [], now);
    draft = withAnswer(draft, "c", "   ", now);
    expect(draft.answers).toEqual({});
  });

  it("do not change the draft they were made from", () => {
    const draft = newDraft("DEMO01", "id-1", now);
    withAnswer(draft, "a", 3, now);
    expect(draft.answers).toEqual({});
  });
});

describe("toggleChoice", () => {
  const rules = { maxChoices: 3, exclusive: ["nothing"] };

  it("adds and removes options", () => {
    expect(toggleChoice([], "money", rules)).toEqual({ choices: ["money"], limit: false });
    expect(toggleChoice(["money", "work"], "money", rules)).toEqual({
      choices: ["work"],
      limit: false,
    });
  });

  it("stops at the maximum and says so, changing nothing", () => {
    expect(toggleChoice(["a", "b", "c"], "d", rules)).toEqual({
      choices: ["a", "b", "c"],
      limit: true,
    });
  });

  it("lets an exclusive option replace the others, and any other replace it", () => {
    expect(toggleChoice(["a", "b", "c"], "nothing", rules)).toEqual({
      choices: ["nothing"],
      limit: false,
    });
    expect(toggleChoice(["nothing"], "a", rules)).toEqual({ choices: ["a"], limit: false });
  });
});
