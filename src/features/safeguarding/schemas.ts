// The safeguarding queue's inputs, shared by its forms and server actions.
import { z } from "zod";

export const FLAG_NOTE_MAX_LENGTH = 2_000;

const note = z
  .string()
  .trim()
  .max(FLAG_NOTE_MAX_LENGTH)
  .regex(/^[^\u0000]*$/, "Text cannot contain NUL characters.");

/**
 * Moving a flag on: acknowledged (someone is on it) or resolved (with a note of what was done).
 * A flag only ever moves forward: NEW -> ACKNOWLEDGED -> RESOLVED.
 */
export const advanceFlagSchema = z.discriminatedUnion("to", [
  z.object({
    flagId: z.string().trim().min(1).max(64),
    to: z.literal("ACKNOWLEDGED"),
    note: note.optional(),
  }),
  z.object({
    flagId: z.string().trim().min(1).max(64),
    to: z.literal("RESOLVED"),
    note: note.min(1, "Say briefly what was done."),
  }),
]);
export type AdvanceFlagInput = z.input<typeof advanceFlagSchema>;

export const FLAG_STATUSES = ["NEW", "ACKNOWLEDGED", "RESOLVED"] as const;
export type FlagStatusName = (typeof FLAG_STATUSES)[number];
