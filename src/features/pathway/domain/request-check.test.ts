import { describe, expect, it } from "vitest";
import { adviceInputSchema, writingSchema } from "@/features/advice";
import { checkWriting } from "@/lib/writing";
import { reflectionInputSchema, schoolCodeInputSchema } from "../schemas";
import {
  checkAdviceInput,
  checkReflectionInput,
  schoolCodeOf,
  type Checked,
} from "./request-check";

const slugs = ["ahmed-warehouse", "lina-kitchen"];

/** Every way one common field can be wrong, with the field the form must name. */
const malformed: Array<[string, Record<string, unknown>]> = [
  ["submissionId", { submissionId: "not-a-uuid" }],
  ["submissionId", { submissionId: undefined }],
  ["submissionId", { submissionId: 7 }],
  ["submissionId", { submissionId: "3f6c2a1e-8b4d-0c7e-9a2f-1d5e6b7c8a90" }],
  ["text", { text: "" }],
  ["text", { text: "   \n " }],
  ["text", { text: undefined }],
  ["text", { text: 12 }],
  ["text", { text: "x".repeat(2001) }],
  ["text", { text: "a\u0000b" }],
  ["text", { text: "lone \uD83D surrogate" }],
  ["text", { text: "\uDC00 low first" }],
  ["locale", { locale: "de" }],
  ["locale", { locale: undefined }],
  ["roundCode", { roundCode: "AB" }],
  ["roundCode", { roundCode: "DEMO-01" }],
  ["roundCode", { roundCode: "X".repeat(13) }],
  ["roundCode", { roundCode: 42 }],
  ["storySlug", { storySlug: "unknown-story" }],
  ["storySlug", { storySlug: 3 }],
];

const adviceOnly: Array<[string, Record<string, unknown>]> = [
  ["consentToShare", { consentToShare: "yes" }],
  ["consentToShare", { consentToShare: undefined }],
  ["source", { source: "CLASSROOM" }],
  ["source", { source: undefined }],
];

/** Changes to a valid input, valid and not, that the check and the schema must agree on. */
const agreementTable: Array<Record<string, unknown>> = [
  {},
  { storySlug: "ahmed-warehouse" },
  { roundCode: undefined },
  { text: ` ${"x".repeat(2000)} `, roundCode: "abcd" },
  { text: "emoji 😀 and æøå", extra: "dropped" },
  { text: "", locale: "xx", submissionId: "nope" },
  ...malformed.map(([, change]) => change),
];

type ZodAnswer =
  | { success: true; data: unknown }
  | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };

/** The check by hand gives what zod gives: the same data, or the same fields and messages. */
function sameAnswer(checked: Checked<unknown>, parsed: ZodAnswer, change: object): void {
  const label = JSON.stringify(change);
  expect(checked.ok, label).toBe(parsed.success);
  if (checked.ok && parsed.success) expect(checked.data, label).toEqual(parsed.data);
  if (!checked.ok && !parsed.success) {
    const issues = (list: Array<{ field: string; message: string }>) =>
      list.map((i) => `${i.field}: ${i.message}`).sort();
    const fromZod = parsed.error.issues.map((i) => ({
      field: String(i.path[0]),
      message: i.message,
    }));
    expect(issues(checked.issues), label).toEqual(issues(fromZod));
  }
}

const id = "3f6c2a1e-8b4d-4c7e-9a2f-1d5e6b7c8a90";
const advice = {
  submissionId: id,
  text: "  Ask the older students where to eat.  ",
  locale: "da",
  consentToShare: true,
  source: "PATHWAY",
  roundCode: " demo01 ",
};

describe("the writing check before sending", () => {
  it("trims the text and refuses blank, too long and unstorable text by its code", () => {
    expect(checkWriting("  hi  ")).toEqual({ ok: true, text: "hi" });
    expect(checkWriting(" \n ")).toEqual({ ok: false, error: "empty" });
    expect(checkWriting(undefined)).toEqual({ ok: false, error: "empty" });
    expect(checkWriting(` ${"x".repeat(2000)} `)).toEqual({ ok: true, text: "x".repeat(2000) });
    expect(checkWriting("x".repeat(2001))).toEqual({ ok: false, error: "too_long" });
    expect(checkWriting("a\u0000b")).toEqual({ ok: false, error: "invalid" });
    expect(checkWriting("emoji 😀 is fine")).toEqual({ ok: true, text: "emoji 😀 is fine" });
  });

  it("names the one wrong field of a piece of advice", () => {
    for (const [field, change] of [...malformed, ...adviceOnly]) {
      const checked = checkAdviceInput({ ...advice, ...change }, slugs);
      expect(checked.ok, JSON.stringify(change)).toBe(false);
      if (!checked.ok) expect(checked.issues.map((i) => i.field)).toEqual([field]);
    }
  });

  it("sends what the server reads: trimmed text, the code in capitals, no other fields", () => {
    expect(checkAdviceInput({ ...advice, extra: 1 }, slugs)).toEqual({
      ok: true,
      data: {
        submissionId: id,
        text: "Ask the older students where to eat.",
        locale: "da",
        consentToShare: true,
        source: "PATHWAY",
        roundCode: "DEMO01",
      },
    });
  });
});

describe("the check by hand and the server's zod schema", () => {
  const table = [
    ...agreementTable,
    { storySlug: undefined },
    ...adviceOnly.map(([, change]) => change),
  ];

  it("give the same answer for advice", () => {
    const schema = adviceInputSchema(slugs);
    for (const change of table) {
      const input = { ...advice, ...change };
      sameAnswer(checkAdviceInput(input, slugs), schema.safeParse(input), change);
    }
  });

  it("give the same answer for the text alone", () => {
    for (const text of ["ok", " ", "x".repeat(2001), "a\u0000", undefined, "\uD800"]) {
      const checked = checkWriting(text);
      const parsed = writingSchema.safeParse(text);
      expect(checked.ok).toBe(parsed.success);
      if (!checked.ok && !parsed.success) {
        expect(checked.error).toBe(parsed.error.issues[0]?.message);
      }
    }
  });
});

const reflection = {
  submissionId: id,
  storySlug: "lina-kitchen",
  locale: "en",
  text: "It felt like me.",
};

describe("the reflection check before sending", () => {
  it("names the one wrong field of a reflection", () => {
    const missingStory: [string, Record<string, unknown>] = ["storySlug", { storySlug: undefined }];
    for (const [field, change] of [...malformed, missingStory]) {
      const checked = checkReflectionInput({ ...reflection, ...change }, slugs);
      expect(checked.ok, JSON.stringify(change)).toBe(false);
      if (!checked.ok) expect(checked.issues.map((i) => i.field)).toEqual([field]);
    }
  });

  it("sends what the server reads, and no other fields", () => {
    const typed = { ...reflection, text: "  It felt like me. ", roundCode: "demo01", extra: 1 };
    expect(checkReflectionInput(typed, slugs)).toEqual({
      ok: true,
      data: { ...reflection, roundCode: "DEMO01" },
    });
  });

  it("gives the same answer as the server's zod schema", () => {
    const schema = reflectionInputSchema(slugs);
    for (const change of [...agreementTable, { storySlug: undefined }]) {
      const input = { ...reflection, ...change };
      sameAnswer(checkReflectionInput(input, slugs), schema.safeParse(input), change);
    }
  });
});

describe("the school code a student types", () => {
  it("is read as the server reads it, or refused on the page", () => {
    expect(schoolCodeOf(" k7m-pq2 ")).toBe("K7MPQ2");
    expect(schoolCodeOf("ｋ７ｍ　ｐｑ２")).toBe("K7MPQ2");
    for (const typed of ["", "ab", "K7M_PQ2", "X".repeat(13), " ".repeat(41) + "K7MPQ2", 7]) {
      expect(schoolCodeOf(typed), String(typed)).toBeUndefined();
    }
  });

  it("gives the same answer as the server's zod schema", () => {
    const typed = ["k7m-pq2", "DEMO 01", "ab", "K7M_PQ2", "X".repeat(13), "a\u2013b\u2212cd", 7];
    for (const code of [...typed, " ".repeat(41) + "K7MPQ2", undefined]) {
      const parsed = schoolCodeInputSchema.safeParse({ code });
      expect(schoolCodeOf(code), String(code)).toBe(parsed.success ? parsed.data.code : undefined);
    }
  });
});
