// The survey's request shapes, shared by the student's page (what it sends), the route handler
// (what it accepts) and the staff side (creating rounds). Zod only: safe in the browser.
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { parseWallClock } from "./domain/round-window";

const id = z.string().trim().min(1).max(64);

/** POST /api/v1/survey-responses. The answers are checked against the round's survey later. */
export const surveyResponseBodySchema = z.object({
  roundCode: z.string().trim().min(1).max(40),
  /** Made once per attempt on the phone (crypto.randomUUID) and resent with every retry. */
  submissionId: z.uuid(),
  locale: z.enum(locales),
  /** A group of the round; null or absent when the student would rather not say. */
  groupId: id.nullish(),
  answers: z
    .record(
      z.string().max(64),
      z.union([
        z.number(),
        // PostgreSQL text cannot hold NUL: refused here instead of failing the insert.
        z
          .string()
          .max(5_000)
          .regex(/^[^\u0000]*$/, "Text cannot contain NUL characters.")
          .refine(
            (text) =>
              !/(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(
                text,
              ),
            "Text cannot contain a lone surrogate.",
          ),
        z.array(z.string().max(64)).max(20),
      ]),
    )
    .refine((answers) => Object.keys(answers).length <= 50, "Too many answers."),
});
export type SurveyResponseBody = z.infer<typeof surveyResponseBodySchema>;

/** Where the student goes next. Never the score or the band. */
export const surveyNextSchema = z.enum(["thanks", "pathway-invitation"]);
export type SurveyNext = z.infer<typeof surveyNextSchema>;
export const surveyResponseResultSchema = z.object({ next: surveyNextSchema });
export type SurveyResponseResult = z.infer<typeof surveyResponseResultSchema>;

export const roundKinds = ["BASELINE", "FOLLOW_UP", "PULSE"] as const;

/** A new round, as a coordinator fills it in. The institution comes from the caller. */
export const createRoundInputSchema = z
  .object({
    name: z.string().trim().min(1, "Give the round a name.").max(120),
    surveyKey: z.string().trim().min(1).max(60).default("belonging-pulse"),
    kind: z.enum(roundKinds),
    groupIds: z.array(id).min(1, "Choose at least one group.").max(200),
    opensAt: z.coerce.date(),
    closesAt: z.coerce.date(),
    /** For a FOLLOW_UP: the baseline round it is compared with. */
    baselineRoundId: id.optional(),
  })
  .refine((input) => input.closesAt.getTime() > input.opensAt.getTime(), {
    path: ["closesAt"],
    message: "The round must close after it opens.",
  })
  .refine((input) => input.kind === "FOLLOW_UP" || input.baselineRoundId === undefined, {
    path: ["baselineRoundId"],
    message: "Only a follow-up round has a baseline round.",
  });
export type CreateRoundInput = z.input<typeof createRoundInputSchema>;

/**
 * The staff page's create form as it posts, checked by the same schema: an empty baseline is
 * none, and times come without an offset (datetime-local), so they are read as wall-clock time
 * here and placed in the institution's time zone before createRound checks them again.
 */
export const createRoundFormSchema = z.preprocess((raw) => {
  const form = raw as Record<string, unknown>;
  const wallClock = (value: unknown) => (typeof value === "string" ? parseWallClock(value) : value);
  return {
    ...form,
    opensAt: wallClock(form.opensAt),
    closesAt: wallClock(form.closesAt),
    baselineRoundId: form.baselineRoundId === "" ? undefined : form.baselineRoundId,
  };
}, createRoundInputSchema);

/** "Close now" on the staff rounds page. */
export const closeRoundInputSchema = z.object({ roundId: id });
export type CloseRoundInput = z.input<typeof closeRoundInputSchema>;
