// The advice a student writes on their phone during a session, kept on the device per session,
// so a reload (or the session moving on and back) keeps the text. Pure: the page stores it.
// Checked by hand rather than with zod: this runs on the classroom phone, where zod would be the
// largest part of the page's JavaScript for a check of four fields.
export interface AdviceDraft {
  text: string;
  /** Nothing is chosen in advance: undefined until the student picks yes or no. */
  consent?: boolean;
  /** Made at the first send and kept, so a retry of the same advice is stored once. */
  submissionId?: string;
  /** Set once the server has the advice; `support` says whether to show where to get help. */
  sent?: { support: boolean };
}

export const EMPTY_ADVICE_DRAFT: AdviceDraft = { text: "" };

/** One key per session: the next session on the same phone starts with an empty page. */
export function adviceDraftKey(joinCode: string): string {
  return `belong.classroom.${joinCode}.advice`;
}

export function restoreAdviceDraft(stored: string | null): AdviceDraft {
  if (!stored) return EMPTY_ADVICE_DRAFT;
  try {
    return draftOf(JSON.parse(stored)) ?? EMPTY_ADVICE_DRAFT;
  } catch {
    return EMPTY_ADVICE_DRAFT;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The stored value as a draft (only its known fields), or undefined if any field is wrong. */
function draftOf(value: unknown): AdviceDraft | undefined {
  if (!isRecord(value) || typeof value.text !== "string") return undefined;
  const { consent, submissionId, sent } = value;
  if (consent !== undefined && typeof consent !== "boolean") return undefined;
  if (submissionId !== undefined && typeof submissionId !== "string") return undefined;
  if (sent !== undefined && !(isRecord(sent) && typeof sent.support === "boolean")) {
    return undefined;
  }
  const draft: AdviceDraft = { text: value.text };
  if (consent !== undefined) draft.consent = consent;
  if (submissionId !== undefined) draft.submissionId = submissionId;
  if (sent !== undefined) draft.sent = { support: (sent as { support: boolean }).support };
  return draft;
}

/** Whether the student wrote something the server does not have (shown again after the end). */
export function hasUnsentText(draft: AdviceDraft): boolean {
  return !draft.sent && draft.text.trim() !== "";
}
