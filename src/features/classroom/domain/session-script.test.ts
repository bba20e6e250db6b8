import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import {
  checkClassroomScripts,
  classroomContentCheck,
  readClassroomFiles,
  type ScriptFile,
} from "./content-check";
import { CLASSROOM_STEPS, LESSON_MINUTES, parseSessionScript } from "./session-script";

const FILE = "content/classroom/en.md";
const NOTES = `Say this:\n\n- ${Array.from({ length: 90 }, (_, i) => `word${i}`).join(" ")}`;

interface StepSpec {
  key: string;
  minutes: string;
  /** null leaves the section out. */
  projector?: string[] | null;
  notes?: string | null;
}

function steps(): StepSpec[] {
  const minutes = ["5", "5", "12", "15", "8"];
  return CLASSROOM_STEPS.map((key, i) => ({ key, minutes: minutes[i]! }));
}

function script(specs = steps(), front = ["title: The session"]): string {
  const body = specs.flatMap((s) => [
    `<!-- step: ${s.key} | minutes: ${s.minutes} -->`,
    "",
    ...(s.projector === null
      ? []
      : ["<!-- projector -->", ...(s.projector ?? [`# Heading ${s.key}`, "One short line."]), ""]),
    ...(s.notes === null ? [] : ["<!-- notes -->", s.notes ?? NOTES, ""]),
  ]);
  return ["---", ...front, "---", "", ...body].join("\n");
}

/** The 1-based line of the first line containing needle, from the given line on. */
function lineOf(text: string, needle: string, from = 1): number {
  const index = text.split("\n").findIndex((l, i) => i >= from - 1 && l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not in text`);
  return index + 1;
}

function withStep(key: string, change: Partial<StepSpec>): StepSpec[] {
  return steps().map((s) => (s.key === key ? { ...s, ...change } : s));
}

describe("parseSessionScript", () => {
  it("parses a valid script", () => {
    const result = parseSessionScript(script(), FILE);
    expect(result.problems).toEqual([]);
    expect(result.script?.title).toBe("The session");
    expect(result.script?.totalMinutes).toBe(45);
    expect(result.script?.steps.map((s) => s.key)).toEqual([...CLASSROOM_STEPS]);
    expect(result.script?.steps.map((s) => s.minutes)).toEqual([5, 5, 12, 15, 8]);
    const first = result.script?.steps[0];
    expect(first?.projector).toEqual({ heading: "Heading preframing", lines: ["One short line."] });
    expect(first?.notes).toBe(NOTES);
  });

  it("reports a missing step at the marker of the step that follows it", () => {
    const text = script(steps().filter((s) => s.key !== "read-stories"));
    const { problems, script: parsed } = parseSessionScript(text, FILE);
    expect(parsed).toBeUndefined();
    expect(problems).toContainEqual({
      file: FILE,
      line: lineOf(text, "step: write-advice"),
      message: 'step "read-stories" is missing',
    });
  });

  it("reports a missing last step at the end of the file", () => {
    const text = script(steps().filter((s) => s.key !== "debrief"));
    expect(parseSessionScript(text, FILE).problems).toContainEqual({
      file: FILE,
      line: text.split("\n").length,
      message: 'step "debrief" is missing',
    });
  });

  it("reports a step out of order at its marker", () => {
    const [a, b, ...rest] = steps();
    const text = script([b!, a!, ...rest]);
    expect(parseSessionScript(text, FILE).problems).toEqual([
      {
        file: FILE,
        line: lineOf(text, "step: preframing"),
        message:
          'step "preframing" is out of order (expected preframing → teacher-story → read-stories → write-advice → debrief)',
      },
    ]);
  });

  it("reports a step that appears twice and an unknown step", () => {
    const text = script([
      ...steps(),
      { key: "debrief", minutes: "0" },
      { key: "chat", minutes: "1" },
    ]);
    const { problems } = parseSessionScript(text, FILE);
    const second = lineOf(text, "step: debrief", lineOf(text, "step: debrief") + 1);
    expect(problems).toContainEqual({
      file: FILE,
      line: second,
      message: 'step "debrief" appears more than once',
    });
    expect(problems).toContainEqual({
      file: FILE,
      line: lineOf(text, "step: chat"),
      message: expect.stringContaining('unknown step "chat"'),
    });
  });

  it.each(["12", "3"])(
    "refuses steps that do not fill exactly one 45-minute lesson (debrief %s)",
    (debrief) => {
      const text = script(withStep("debrief", { minutes: debrief }));
      const sum = 5 + 5 + 12 + 15 + Number(debrief);
      const { problems, script: parsed } = parseSessionScript(text, FILE);
      expect(parsed).toBeUndefined();
      expect(problems).toEqual([
        {
          file: FILE,
          line: lineOf(text, "step: preframing"),
          message: expect.stringContaining(`the steps add up to ${sum} minutes`),
        },
      ]);
      expect(problems[0]?.message).toContain("one 45-minute lesson");
    },
  );

  it.each(["0", "2.5", "-3", "ten"])("reports minutes %s at the step marker", (minutes) => {
    const text = script(withStep("teacher-story", { minutes }));
    expect(parseSessionScript(text, FILE).problems).toEqual([
      {
        file: FILE,
        line: lineOf(text, "step: teacher-story"),
        message: `the minutes of step "teacher-story" must be a positive whole number, not "${minutes}"`,
      },
    ]);
  });

  it("reports a missing projector or notes section at the step marker", () => {
    const noProjector = script(withStep("read-stories", { projector: null }));
    expect(parseSessionScript(noProjector, FILE).problems).toEqual([
      {
        file: FILE,
        line: lineOf(noProjector, "step: read-stories"),
        message: 'step "read-stories" has no <!-- projector --> section',
      },
    ]);
    const noNotes = script(withStep("debrief", { notes: null }));
    expect(parseSessionScript(noNotes, FILE).problems).toEqual([
      {
        file: FILE,
        line: lineOf(noNotes, "step: debrief"),
        message: 'step "debrief" has no <!-- notes --> section',
      },
    ]);
  });

  it("reports a projector without a heading at its first line", () => {
    const text = script(withStep("write-advice", { projector: ["Just a line.", "Another."] }));
    expect(parseSessionScript(text, FILE).problems).toEqual([
      {
        file: FILE,
        line: lineOf(text, "Just a line."),
        message: 'the projector of step "write-advice" must start with a heading line "# ..."',
      },
    ]);
  });

  it("reports too many projector lines, long lines and a second heading", () => {
    const text = script(
      withStep("preframing", {
        projector: ["# Hi", "1", "2", "3", "4", "# Again", "x".repeat(121)],
      }),
    );
    const problems = parseSessionScript(text, FILE).problems;
    expect(problems.map((p) => p.line)).toEqual([
      lineOf(text, "<!-- projector -->"),
      lineOf(text, "# Again"),
      lineOf(text, "xxxx"),
    ]);
    expect(problems[0]?.message).toContain("has 6 line(s) under the heading; it should have 1-3");
  });

  it("reports a projector heading too long to read from the back of the room", () => {
    const text = script(withStep("debrief", { projector: [`# ${"x".repeat(71)}`, "Line."] }));
    expect(parseSessionScript(text, FILE).problems).toEqual([
      {
        file: FILE,
        line: lineOf(text, "# xxx"),
        message: 'the projector heading of step "debrief" has 71 characters; keep it to 70',
      },
    ]);
  });

  it("reports notes that are too short or too long at the notes marker", () => {
    const short = script(withStep("preframing", { notes: "Too short." }));
    expect(parseSessionScript(short, FILE).problems).toEqual([
      {
        file: FILE,
        line: lineOf(short, "<!-- notes -->"),
        message: 'the notes of step "preframing" have 2 words; they should have 80-250',
      },
    ]);
    const long = script(withStep("debrief", { notes: "word ".repeat(251) }));
    expect(parseSessionScript(long, FILE).problems[0]?.message).toContain("have 251 words");
  });

  it("reports invalid front matter", () => {
    // The length is the steps' sum: a second number in the front matter could only disagree.
    const text = script(steps(), ["title: The session", "totalMinutes: 50"]);
    const { problems } = parseSessionScript(text, FILE);
    expect(problems).toContainEqual({
      file: FILE,
      line: 1,
      message: expect.stringContaining("totalMinutes"),
    });
    const broken = parseSessionScript("---\ntitle: [oops\n---\n", FILE).problems;
    expect(broken).toHaveLength(1);
    expect(broken[0]?.message).toMatch(/^front matter is not valid YAML/);
  });

  it("reports stray text, unknown markers and malformed step markers", () => {
    const text = script().replace(
      "---\n\n<!-- step: preframing | minutes: 5 -->",
      "---\nHello\n<!-- step: preframing | minutes: 5 -->\nStray\n<!-- note -->\n<!-- step preframing -->",
    );
    const messages = parseSessionScript(text, FILE).problems.map((p) => [p.line, p.message]);
    expect(messages).toEqual([
      [lineOf(text, "Hello"), expect.stringContaining("text before the first step marker")],
      [lineOf(text, "Stray"), 'text in step "preframing" before its <!-- projector --> marker'],
      [lineOf(text, "<!-- note -->"), expect.stringContaining('unknown marker "<!-- note -->"')],
      [lineOf(text, "<!-- step preframing"), expect.stringContaining("malformed step marker")],
    ]);
  });
});

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
