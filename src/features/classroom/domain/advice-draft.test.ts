import { describe, expect, it } from "vitest";
import {
  adviceDraftKey,
  EMPTY_ADVICE_DRAFT,
  hasUnsentText,
  restoreAdviceDraft,
} from "./advice-draft";

describe("adviceDraftKey", () => {
  it("is different for every session", () => {
    expect(adviceDraftKey("K7MPQ2")).toBe("belong.classroom.K7MPQ2.advice");
    expect(adviceDraftKey("K7MPQ2")).not.toBe(adviceDraftKey("Q2K7MP"));
  });
});

describe("restoreAdviceDraft", () => {
  it("restores what was stored", () => {
    const draft = { text: "Ask the others", consent: true, submissionId: "id-1" };
    expect(restoreAdviceDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it("keeps a sent draft with its support answer", () => {
    const draft = { text: "Hi", consent: false, submissionId: "id-1", sent: { support: true } };
    expect(restoreAdviceDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it("starts empty without a stored draft, or with a broken one", () => {
    expect(restoreAdviceDraft(null)).toEqual(EMPTY_ADVICE_DRAFT);
    expect(restoreAdviceDraft("{not json")).toEqual(EMPTY_ADVICE_DRAFT);
    expect(restoreAdviceDraft(JSON.stringify({ text: 42 }))).toEqual(EMPTY_ADVICE_DRAFT);
    expect(restoreAdviceDraft("null")).toEqual(EMPTY_ADVICE_DRAFT);
    expect(restoreAdviceDraft(JSON.stringify({ text: "Hi", consent: "yes" }))).toEqual(
      EMPTY_ADVICE_DRAFT,
    );
    expect(restoreAdviceDraft(JSON.stringify({ text: "Hi", sent: { support: 1 } }))).toEqual(
      EMPTY_ADVICE_DRAFT,
    );
  });

  it("keeps only what a draft holds", () => {
    const stored = JSON.stringify({ text: "Hi", extra: "x", sent: { support: false, more: 1 } });
    expect(restoreAdviceDraft(stored)).toEqual({ text: "Hi", sent: { support: false } });
  });
});

describe("hasUnsentText", () => {
  it("is true for written text the server does not have", () => {
    expect(hasUnsentText({ text: "Talk to your trainer" })).toBe(true);
  });

  it("is false for blank or sent text", () => {
    expect(hasUnsentText({ text: "   " })).toBe(false);
    expect(hasUnsentText({ text: "Hi", sent: { support: false } })).toBe(false);
  });
});
