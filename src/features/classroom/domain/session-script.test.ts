import { describe, expect, it } from "vitest";
import { CLASSROOM_STEPS, parseSessionScript } from "./session-script";
import { FILE, lineOf, NOTES, script, steps, withStep } from "./session-script.fixtures";

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
