// The moderation forms' inputs, shared by the form and the server action.
import { z } from "zod";

/** The same cap as a student's writing: an edit only removes details, it never grows much. */
export const ADVICE_MAX_LENGTH = 2_000;

export const adviceIdSchema = z.string().trim().min(1).max(64);

/** Approving, optionally with the text edited to remove names, places or other details. */
export const approveAdviceSchema = z.object({
  adviceId: adviceIdSchema,
  text: z
    .string()
    .trim()
    .min(1, "The advice cannot be empty.")
    .max(ADVICE_MAX_LENGTH)
    .regex(/^[^\u0000]*$/, "Text cannot contain NUL characters.")
    .optional(),
});
export type ApproveAdviceInput = z.input<typeof approveAdviceSchema>;

export const rejectAdviceSchema = z.object({ adviceId: adviceIdSchema });
export type RejectAdviceInput = z.input<typeof rejectAdviceSchema>;
