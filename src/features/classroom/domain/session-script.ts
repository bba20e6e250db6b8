// Parses one classroom session script (content/classroom/<locale>.md; the format is described in
// content/classroom/FORMAT.md) and reports every problem with its line, so a writer or translator
// can find it. Pure: the caller reads the file.
import { frontMatterProblem, parseFrontMatter, type FrontMatter } from "@/lib/content/front-matter";
import { z } from "zod";
import type { ContentProblem } from "@/lib/content/problem";
import { countWords } from "@/lib/count-words";
import { CLASSROOM_STEPS, type ClassroomStepKey } from "./classroom-steps";

export { CLASSROOM_STEPS, type ClassroomStepKey };

export const MIN_NOTES_WORDS = 80;
export const MAX_NOTES_WORDS = 250;
// The projector is read from the back of a room: a heading and a few short lines at most.
export const MAX_PROJECTOR_LINES = 3;
export const MAX_HEADING_CHARS = 70;
export const MAX_LINE_CHARS = 120;

/**
 * The session is one lesson: its steps' minutes add up to exactly this. Every screen that says
 * how long the session takes shows the script's sum, so the number lives in the script alone.
 */
export const LESSON_MINUTES = 45;

export const sessionFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(80),
});

export interface ClassroomStep {
  key: ClassroomStepKey;
  minutes: number;
  /** Line of the step marker in the file, for messages that compare locales. */
  line: number;
  projector: { heading: string; lines: string[] };
  /** The teacher's notes, as markdown. */
  notes: string;
}

export interface SessionScript {
  title: string;
  /** The sum of the steps' minutes: LESSON_MINUTES in every valid script. */
  totalMinutes: number;
  steps: ClassroomStep[];
}

export interface ParsedSessionScript {
  script?: SessionScript;
  problems: ContentProblem[];
}

const STEP_MARKER = /^<!--\s*step:\s*([\w-]+)\s*\|\s*minutes:\s*(\S+?)\s*-->$/;
const SECTION_MARKER = /^<!--\s*(projector|notes)\s*-->$/;
const ANY_MARKER = /^<!--.*-->$/;
const STEP_EXAMPLE = "<!-- step: preframing | minutes: 8 -->";

type SectionName = "projector" | "notes";
interface RawSection {
  line: number;
  buffer: Array<{ line: number; text: string }>;
}
interface RawStep {
  key: string;
  minutesText: string;
  line: number;
  sections: Partial<Record<SectionName, RawSection>>;
}

/** Records one problem of the file being parsed; every problem of this format has a line. */
type Report = (line: number, message: string) => void;

function isStepKey(key: string): key is ClassroomStepKey {
  return (CLASSROOM_STEPS as readonly string[]).includes(key);
}

function parseProjector(section: RawSection, step: string, report: Report) {
  const content = section.buffer.filter((l) => l.text.trim());
  const first = content[0];
  if (!first || !/^# \S/.test(first.text.trim())) {
    report(
      first?.line ?? section.line,
      `the projector of step "${step}" must start with a heading line "# ..."`,
    );
    return undefined;
  }
  const heading = first.text.trim().slice(2).trim();
  const lines = content.slice(1);
  let valid = true;
  const fail: Report = (line, message) => {
    valid = false;
    report(line, message);
  };
  if (heading.length > MAX_HEADING_CHARS) {
    fail(
      first.line,
      `the projector heading of step "${step}" has ${heading.length} characters; keep it to ${MAX_HEADING_CHARS}`,
    );
  }
  if (lines.length < 1 || lines.length > MAX_PROJECTOR_LINES) {
    fail(
      section.line,
      `the projector of step "${step}" has ${lines.length} line(s) under the heading; it should have 1-${MAX_PROJECTOR_LINES}`,
    );
  }
  for (const l of lines) {
    const text = l.text.trim();
    if (text.startsWith("#")) fail(l.line, "the projector has one heading only");
    else if (text.length > MAX_LINE_CHARS) {
      fail(l.line, `projector line has ${text.length} characters; keep it to ${MAX_LINE_CHARS}`);
    }
  }
  return valid ? { heading, lines: lines.map((l) => l.text.trim()) } : undefined;
}

function parseNotes(section: RawSection, step: string, report: Report): string | undefined {
  const notes = section.buffer
    .map((l) => l.text.trimEnd())
    .join("\n")
    .trim();
  const words = countWords(notes);
  if (words >= MIN_NOTES_WORDS && words <= MAX_NOTES_WORDS) return notes;
  report(
    section.line,
    `the notes of step "${step}" have ${words} words; they should have ${MIN_NOTES_WORDS}-${MAX_NOTES_WORDS}`,
  );
  return undefined;
}

/** Splits the body into steps and their sections; reports stray text and unknown markers. */
function splitSteps(lines: string[], offset: number, report: Report): RawStep[] {
  const steps: RawStep[] = [];
  let section: RawSection | undefined;
  lines.forEach((raw, index) => {
    const line = offset + index + 1;
    const trimmed = raw.trim();
    const step = steps[steps.length - 1];
    const stepMarker = STEP_MARKER.exec(trimmed);
    const sectionMarker = SECTION_MARKER.exec(trimmed);
    if (stepMarker) {
      steps.push({ key: stepMarker[1]!, minutesText: stepMarker[2]!, line, sections: {} });
      section = undefined;
    } else if (sectionMarker) {
      const name = sectionMarker[1] as SectionName;
      section = { line, buffer: [] };
      if (!step) report(line, `"${trimmed}" comes before the first step marker`);
      else if (step.sections[name]) report(line, `step "${step.key}" has two ${name} sections`);
      else if (name === "projector" && step.sections.notes) {
        report(line, `in step "${step.key}", put projector before notes`);
      } else step.sections[name] = section;
    } else if (ANY_MARKER.test(trimmed)) {
      report(
        line,
        /^<!--\s*step\b/.test(trimmed)
          ? `malformed step marker; write it like "${STEP_EXAMPLE}"`
          : `unknown marker "${trimmed}" (expected a step marker, <!-- projector --> or <!-- notes -->)`,
      );
    } else if (section) {
      section.buffer.push({ line, text: raw });
    } else if (trimmed) {
      report(
        line,
        step
          ? `text in step "${step.key}" before its <!-- projector --> marker`
          : `text before the first step marker (start with "${STEP_EXAMPLE}")`,
      );
    }
  });
  return steps;
}

/** Each step once, in the intervention's order; a missing step is reported where it belongs. */
function checkOrder(steps: RawStep[], lastLine: number, report: Report) {
  CLASSROOM_STEPS.forEach((key, index) => {
    const found = steps.filter((s) => s.key === key);
    if (found.length > 1) report(found[1]!.line, `step "${key}" appears more than once`);
    if (found.length === 0) {
      const next = steps.find((s) => isStepKey(s.key) && CLASSROOM_STEPS.indexOf(s.key) > index);
      report(next?.line ?? lastLine, `step "${key}" is missing`);
    }
  });
  let highest = -1;
  const seen = new Set<string>();
  for (const s of steps) {
    if (!isStepKey(s.key)) {
      report(s.line, `unknown step "${s.key}" (expected one of ${CLASSROOM_STEPS.join(", ")})`);
    } else if (!seen.has(s.key)) {
      seen.add(s.key);
      const index = CLASSROOM_STEPS.indexOf(s.key);
      if (index < highest) {
        report(s.line, `step "${s.key}" is out of order (expected ${CLASSROOM_STEPS.join(" → ")})`);
      }
      highest = Math.max(highest, index);
    }
  }
}

export function parseSessionScript(text: string, file: string): ParsedSessionScript {
  const problems: ContentProblem[] = [];
  const report: Report = (line, message) => problems.push({ file, line, message });
  let parsed: FrontMatter;
  try {
    parsed = parseFrontMatter(text);
  } catch (error) {
    return { problems: [frontMatterProblem(file, error)] };
  }
  const frontMatter = sessionFrontMatterSchema.safeParse(parsed.data);
  for (const issue of frontMatter.error?.issues ?? []) {
    report(1, `front matter ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }

  const allLines = text.split(/\r?\n/);
  // Line numbers of the body start after the front matter.
  const bodyOffset = parsed.lines;
  const raw = splitSteps(parsed.content.split(/\r?\n/), bodyOffset, report);
  checkOrder(raw, allLines.length, report);

  const steps: ClassroomStep[] = [];
  let minutesValid = true;
  for (const s of raw) {
    const minutes = /^\d+$/.test(s.minutesText) ? Number(s.minutesText) : 0;
    if (minutes <= 0) {
      minutesValid = false;
      report(
        s.line,
        `the minutes of step "${s.key}" must be a positive whole number, not "${s.minutesText}"`,
      );
    }
    const { projector: projectorSection, notes: notesSection } = s.sections;
    if (!projectorSection) report(s.line, `step "${s.key}" has no <!-- projector --> section`);
    if (!notesSection) report(s.line, `step "${s.key}" has no <!-- notes --> section`);
    const projector = projectorSection && parseProjector(projectorSection, s.key, report);
    const notes = notesSection && parseNotes(notesSection, s.key, report);
    if (isStepKey(s.key) && projector && notes !== undefined) {
      steps.push({ key: s.key, minutes, line: s.line, projector, notes });
    }
  }

  // Only compare the sum when every step's minutes are readable; otherwise it would mislead.
  const totalMinutes = raw.reduce((total, s) => total + Number(s.minutesText), 0);
  if (minutesValid && raw.length > 0 && totalMinutes !== LESSON_MINUTES) {
    report(
      raw[0]!.line,
      `the steps add up to ${totalMinutes} minutes; the session must fit one ${LESSON_MINUTES}-minute lesson, so they must add up to exactly ${LESSON_MINUTES}`,
    );
  }

  if (problems.length || !frontMatter.success) return { problems };
  return { problems, script: { ...frontMatter.data, totalMinutes, steps } };
}
