// The advice a student writes on their phone during a session, kept on the device per session,
// so a reload (or the session moving on and back) keeps the text. Pure: the page stores it.
import { z } from "zod";

const adviceDraftSchema = z.object({
  text: z.string(),
  /** Nothing is chosen in advance: undefined until the student picks yes or no. */
  consent: z.boolean().optional(),
  /** Made at the first send and kept, so a retry of the same advice is stored once. */
  submissionId: z.string().optional(),
  /** Set once the server has the advice; `support` says whether to show where to get help. */
  sent: z.object({ support: z.boolean() }).optional(),
});
export type AdviceDraft = z.infer<typeof adviceDraftSchema>;

export const EMPTY_ADVICE_DRAFT: AdviceDraft = { text: "" };

/** One key per session: the next session on the same phone starts with an empty page. */
export function adviceDraftKey(joinCode: string): string {
  return `belong.classroom.${joinCode}.advice`;
}

export function restoreAdviceDraft(stored: string | null): AdviceDraft {
  if (!stored) return EMPTY_ADVICE_DRAFT;
  try {
    const parsed = adviceDraftSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : EMPTY_ADVICE_DRAFT;
  } catch {
    return EMPTY_ADVICE_DRAFT;
  }
}

/** Whether the student wrote something the server does not have (shown again after the end). */
export function hasUnsentText(draft: AdviceDraft): boolean {
  return !draft.sent && draft.text.trim() !== "";
}
