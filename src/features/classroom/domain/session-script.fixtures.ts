// Classroom scripts to test with: five steps of the lesson, each with the projector's lines
// and the teacher's notes, changed one step at a time.
import { CLASSROOM_STEPS } from "./session-script";

export const FILE = "content/classroom/en.md";
export const NOTES = `Say this:\n\n- ${Array.from({ length: 90 }, (_, i) => `word${i}`).join(" ")}`;

export interface StepSpec {
  key: string;
  minutes: string;
  /** null leaves the section out. */
  projector?: string[] | null;
  notes?: string | null;
}

export function steps(): StepSpec[] {
  const minutes = ["5", "5", "12", "15", "8"];
  return CLASSROOM_STEPS.map((key, i) => ({ key, minutes: minutes[i]! }));
}

export function script(specs = steps(), front = ["title: The session"]): string {
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
export function lineOf(text: string, needle: string, from = 1): number {
  const index = text.split("\n").findIndex((l, i) => i >= from - 1 && l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not in text`);
  return index + 1;
}

export function withStep(key: string, change: Partial<StepSpec>): StepSpec[] {
  return steps().map((s) => (s.key === key ? { ...s, ...change } : s));
}
