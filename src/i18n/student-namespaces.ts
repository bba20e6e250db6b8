import type { Namespace } from "./app-config";

/**
 * Every namespace a student reads; a new student-facing namespace belongs here. Student pages
 * send only these to the browser, and their French says "tu" (src/i18n/french-tu.test.ts).
 */
export const STUDENT_NAMESPACES = [
  "common",
  "landing",
  "stories",
  "pathway",
  "survey",
  "classroomJoin",
  "dictation",
  "ui",
  "errors",
  "privacy",
] as const satisfies readonly Namespace[];
