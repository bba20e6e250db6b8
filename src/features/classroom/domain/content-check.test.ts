import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import {
  checkClassroomScripts,
  classroomContentCheck,
  readClassroomFiles,
  type ScriptFile,
} from "./content-check";
import { LESSON_MINUTES } from "./session-script";
import { lineOf, script, steps, withStep } from "./session-script.fixtures";

describe("checkClassroomScripts", () => {
  const files = (text = script()): ScriptFile[] =>
    locales.map((locale) => ({ locale, file: `content/classroom/${locale}.md`, text }));

  it("accepts a script in every locale", () => {
    const result = checkClassroomScripts(files());
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.scripts).sort()).toEqual([...locales].sort());
  });

  it("reports missing locales and files that are not a locale", () => {
    const some = files().filter((f) => f.locale !== "et" && f.locale !== "fr");
    const extra = { locale: "de", file: "content/classroom/de.md", text: script() };
    expect(checkClassroomScripts([...some, extra]).problems).toEqual([
      { file: "content/classroom/de.md", message: expect.stringContaining('"de" is not a locale') },
      {
        file: "content/classroom/et.md",
        message: "this locale of the classroom script is missing",
      },
      {
        file: "content/classroom/fr.md",
        message: "this locale of the classroom script is missing",
      },
    ]);
  });

  it("reports a locale whose minutes per step differ from the source", () => {
    const other = script(
      steps().map((s, i) => ({ ...s, minutes: ["8", "5", "9", "15", "8"][i]! })),
    );
    const all = files().map((f) => (f.locale === "nb" ? { ...f, text: other } : f));
    const problems = checkClassroomScripts(all).problems;
    expect(problems).toEqual([
      {
        file: "content/classroom/nb.md",
        line: lineOf(other, "step: preframing"),
        message: expect.stringContaining('step "preframing" takes 8 minutes here but 5 in'),
      },
      {
        file: "content/classroom/nb.md",
        line: lineOf(other, "step: read-stories"),
        message: expect.stringContaining('step "read-stories" takes 9 minutes here but 12 in'),
      },
    ]);
  });

  it("reports parse problems of each file with its path", () => {
    const all = files().map((f) =>
      f.locale === "da" ? { ...f, text: script(withStep("debrief", { notes: null })) } : f,
    );
    expect(checkClassroomScripts(all).problems).toEqual([
      expect.objectContaining({ file: "content/classroom/da.md", line: expect.any(Number) }),
    ]);
  });
});

describe("the shipped classroom scripts", () => {
  it("pass the content check", () => {
    expect(classroomContentCheck.run()).toEqual([]);
  });

  it("each fill exactly one lesson", () => {
    const { scripts } = checkClassroomScripts(readClassroomFiles());
    expect(LESSON_MINUTES).toBe(45);
    for (const locale of locales) {
      const sum = scripts[locale]?.steps.reduce((total, step) => total + step.minutes, 0);
      expect(sum, locale).toBe(45);
      expect(scripts[locale]?.totalMinutes, locale).toBe(45);
    }
  });
});
