/**
 * A student's unsent answers, kept on the phone (localStorage, one entry per round) so a reload,
 * a language switch or a lost connection loses nothing. The submissionId is made once per
 * attempt and sent with every try, so a retry after a lost answer is stored only once.
 * Pure: the browser storage itself is wrapped in the component layer.
 */
export type DraftAnswer = number | string | string[];

export interface SurveyDraft {
  version: 1;
  roundCode: string;
  submissionId: string;
  /** The screen the student was on (0 is the intro). */
  step: number;
  /** A group id; null when the student would rather not say; absent when not asked yet. */
  groupId?: string | null;
  answers: Record<string, DraftAnswer>;
  /** ISO time of the last change: old drafts are dropped. */
  savedAt: string;
}

/** A draft untouched for this long is dropped: the round it was for has most likely closed. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

// Checked by hand, not with zod: this runs in the survey page's browser code, where zod would
// be the largest part of the page's JavaScript for a check of a few fields.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

const isText = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length <= max;

function isAnswer(value: unknown): value is DraftAnswer {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return value.length <= 5_000;
  return Array.isArray(value) && value.length <= 50 && value.every((v) => isText(v, 100));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The stored JSON as a draft (its known fields only), or undefined when any is not a draft's. */
function asDraft(json: unknown): SurveyDraft | undefined {
  if (!isRecord(json)) return undefined;
  const { version, roundCode, submissionId, step, groupId, answers, savedAt } = json;
  if (version !== 1 || typeof roundCode !== "string") return undefined;
  if (!isText(submissionId, 100) || submissionId.length < 1) return undefined;
  if (typeof step !== "number" || !Number.isInteger(step) || step < 0 || step > 100) {
    return undefined;
  }
  if (!(groupId === undefined || groupId === null || isText(groupId, 100))) return undefined;
  if (!isRecord(answers) || !Object.values(answers).every(isAnswer)) return undefined;
  if (typeof savedAt !== "string" || !ISO_TIME.test(savedAt) || Number.isNaN(Date.parse(savedAt))) {
    return undefined;
  }
  return {
    version,
    roundCode,
    submissionId,
    step,
    ...(groupId === undefined ? {} : { groupId }),
    answers: answers as Record<string, DraftAnswer>,
    savedAt,
  };
}

export function draftStorageKey(roundCode: string): string {
  return `belong.survey.${roundCode}`;
}

export function newDraft(roundCode: string, submissionId: string, now: Date): SurveyDraft {
  return { version: 1, roundCode, submissionId, step: 0, answers: {}, savedAt: now.toISOString() };
}

/** The stored draft for this round, or undefined when absent, unreadable, foreign or too old. */
export function parseDraft(
  stored: string | null,
  roundCode: string,
  now: Date,
): SurveyDraft | undefined {
  if (!stored) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return undefined;
  }
  const draft = asDraft(json);
  if (!draft || draft.roundCode !== roundCode) return undefined;
  if (now.getTime() - Date.parse(draft.savedAt) > DRAFT_MAX_AGE_MS) return undefined;
  return draft;
}

/** The draft with one answer set, or removed when `value` is a skip (nothing, [] or blank). */
export function withAnswer(
  draft: SurveyDraft,
  key: string,
  value: DraftAnswer | undefined,
  now: Date,
): SurveyDraft {
  const answers = { ...draft.answers };
  const skipped =
    value === undefined ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === "string" && value.trim() === "");
  if (skipped) delete answers[key];
  else answers[key] = value;
  return { ...draft, answers, savedAt: now.toISOString() };
}

/**
 * The choices after the student toggles `option` on a choose-up-to-N question. An exclusive
 * option ("nothing in particular") replaces the others and is replaced by any other. Returns
 * `limit: true`, with the choices unchanged, when adding would pass maxChoices.
 */
export function toggleChoice(
  current: readonly string[],
  option: string,
  { maxChoices, exclusive }: { maxChoices: number; exclusive: readonly string[] },
): { choices: string[]; limit: boolean } {
  if (current.includes(option)) {
    return { choices: current.filter((c) => c !== option), limit: false };
  }
  if (exclusive.includes(option)) return { choices: [option], limit: false };
  const kept = current.filter((c) => !exclusive.includes(c));
  if (kept.length >= maxChoices) return { choices: [...current], limit: true };
  return { choices: [...kept, option], limit: false };
}
