// What the page makes of sending a piece of writing: stored (and whether to offer support),
// kept on the device for later, or refused with the reason for the student to fix.
import type { WritingReceipt } from "@/features/advice";
import { WRITING_ERRORS } from "@/lib/writing";
import type { DeliveryOutcome } from "../domain/outbox";

export type WritingProblem = "empty" | "tooLong" | "failed";

export type WritingResult =
  | { status: "sent"; support: boolean }
  | { status: "queued" }
  | { status: "refused"; problem: WritingProblem };

/** The problem of a text as zod or the server names it for the "text" field. */
export function problemOfText(message: string | undefined): WritingProblem {
  if (message === WRITING_ERRORS.empty) return "empty";
  if (message === WRITING_ERRORS.tooLong) return "tooLong";
  return "failed";
}

function isReceipt(data: unknown): data is WritingReceipt {
  return typeof data === "object" && data !== null && "support" in data;
}

export function writingResult(outcome: DeliveryOutcome): WritingResult {
  if (outcome.kind === "delivered") {
    return { status: "sent", support: isReceipt(outcome.data) && outcome.data.support === true };
  }
  // Kept on the device until it can be stored (offline, or until the student names the school).
  if (outcome.kind === "retry" || outcome.kind === "needsSchool") return { status: "queued" };
  const errors = (outcome.problem as { errors?: Array<{ field?: string; message?: string }> })
    ?.errors;
  const text = errors?.find((e) => e.field === "text");
  return { status: "refused", problem: problemOfText(text?.message) };
}
