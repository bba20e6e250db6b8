// The content check for the classroom session script: every locale has its file, every file
// parses, and every locale keeps the same timing, so a teacher's session runs the same
// whichever language the projector is in.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ContentCheck, ContentProblem } from "@/lib/content/problem";
import { isLocale, locales, type Locale } from "@/i18n/locales";
import { parseSessionScript, type SessionScript } from "./session-script";

export const CLASSROOM_DIR = "content/classroom";

export interface ScriptFile {
  locale: string;
  /** Path relative to the project root, for messages. */
  file: string;
  text: string;
}

export interface ClassroomScripts {
  scripts: Partial<Record<Locale, SessionScript>>;
  problems: ContentProblem[];
}

/** Reads content/classroom/<locale>.md; FORMAT.md documents the format and is not a script. */
export function readClassroomFiles(
  dir = join(/*turbopackIgnore: true*/ process.cwd(), CLASSROOM_DIR),
): ScriptFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name !== "FORMAT.md")
    .sort()
    .map((name) => ({
      locale: name.slice(0, -3),
      file: `${CLASSROOM_DIR}/${name}`,
      text: readFileSync(join(dir, name), "utf8"),
    }));
}

export function checkClassroomScripts(files: ScriptFile[]): ClassroomScripts {
  const problems: ContentProblem[] = [];
  const scripts: Partial<Record<Locale, SessionScript>> = {};
  const fileOf: Partial<Record<Locale, string>> = {};

  for (const f of files) {
    if (!isLocale(f.locale)) {
      problems.push({
        file: f.file,
        message: `"${f.locale}" is not a locale of the app (${locales.join(", ")})`,
      });
      continue;
    }
    const result = parseSessionScript(f.text, f.file);
    problems.push(...result.problems);
    if (result.script) {
      scripts[f.locale] = result.script;
      fileOf[f.locale] = f.file;
    }
  }
  for (const locale of locales) {
    if (!files.some((f) => f.locale === locale)) {
      problems.push({
        file: `${CLASSROOM_DIR}/${locale}.md`,
        message: "this locale of the classroom script is missing",
      });
    }
  }

  // Compare with the source locale when it is valid, else with the first valid one.
  const reference = (["en", ...locales] as const).find((l) => scripts[l]);
  const ref = reference && scripts[reference];
  if (reference && ref) {
    for (const locale of locales) {
      const script = scripts[locale];
      if (!script || locale === reference) continue;
      // Valid scripts have the same five steps in the same order, so index i matches.
      script.steps.forEach((step, i) => {
        const expected = ref.steps[i]?.minutes;
        if (step.minutes !== expected) {
          problems.push({
            file: fileOf[locale] ?? `${CLASSROOM_DIR}/${locale}.md`,
            line: step.line,
            message: `step "${step.key}" takes ${step.minutes} minutes here but ${expected} in ${fileOf[reference]}; every locale keeps the same timing`,
          });
        }
      });
    }
  }
  return { scripts, problems };
}

export const classroomContentCheck: ContentCheck = {
  name: "classroom",
  run: () => checkClassroomScripts(readClassroomFiles()).problems,
};
