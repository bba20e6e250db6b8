// What the classroom session's forms and endpoints accept, shared by the forms and handlers.
import { z } from "zod";
import {
  submissionIdSchema,
  writingLocaleSchema,
  writingSchema,
  WRITING_ERRORS,
} from "@/features/advice";
import { isRoundCode, normaliseRoundCode } from "@/features/survey";
import { locales } from "@/i18n/locales";
import { STEP_COUNT } from "./domain/room-state";

/** One to three stories: two fit the reading step of the classroom script best. */
export const MIN_SESSION_STORIES = 1;
export const MAX_SESSION_STORIES = 3;

/**
 * What starting a session takes. With the school's story list, each story must be on it; the
 * start form checks only the shape, and startSession, which knows the school, checks the list.
 */
export function startSessionInputSchema(storySlugs?: readonly string[]) {
  return z.object({
    groupId: z.string({ message: "required" }).trim().min(1, "required").max(64, "invalid"),
    storySlugs: z
      .array(
        z
          .string()
          .max(100, "unknown_story")
          .refine((s) => !storySlugs || storySlugs.includes(s), "unknown_story"),
        {
          message: "stories",
        },
      )
      .min(MIN_SESSION_STORIES, "stories")
      .max(MAX_SESSION_STORIES, "stories")
      .refine((list) => new Set(list).size === list.length, "stories"),
    locale: z.enum(locales, { message: "invalid" }),
  });
}
export type StartSessionInput = z.infer<ReturnType<typeof startSessionInputSchema>>;

/** POST /api/v1/staff/sessions/{id}/step: one step on or back, or straight to a step. */
export const stepMoveInputSchema = z.union([
  z.object({ move: z.enum(["next", "previous"]) }),
  z.object({
    step: z
      .int()
      .min(0)
      .max(STEP_COUNT - 1),
  }),
]);
export type StepMoveInput = z.infer<typeof stepMoveInputSchema>;

/** A join code as typed ("abc-def" works); anything without the shape of a code is refused. */
export const joinCodeSchema = z
  .string()
  .max(40)
  .transform(normaliseRoundCode)
  .refine(isRoundCode, "invalid_code");

/** POST /api/v1/sessions/{code}/advice: a student's advice written in the session. */
export const classroomAdviceInputSchema = z.object({
  submissionId: submissionIdSchema,
  text: writingSchema,
  locale: writingLocaleSchema,
  consentToShare: z.boolean({ message: WRITING_ERRORS.invalid }),
});
export type ClassroomAdviceInput = z.infer<typeof classroomAdviceInputSchema>;
