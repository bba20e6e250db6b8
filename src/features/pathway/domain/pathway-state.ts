// The Digital Pathway as a state machine: which step the student is on, what they read and
// wrote. Pure, so it is tested directly; the page keeps it on the device (localStorage), so a
// reload or a lost connection resumes exactly where the student was.
import type { PathwayMilestone } from "../schemas";

export const MIN_STORIES = 2;
export const MAX_STORIES = 3;

export const PATHWAY_STEPS = [
  "welcome",
  "choose",
  "read",
  "reflect",
  "advice",
  "consent",
  "support",
  "thanks",
] as const;
export type PathwayStep = (typeof PATHWAY_STEPS)[number];

/** Where a piece of writing is: being written, stored, waiting for a connection, or skipped. */
const WRITING_STATUSES = ["draft", "sent", "queued", "skipped"] as const;
export type WritingStatus = (typeof WRITING_STATUSES)[number];

interface Writing {
  text: string;
  status: WritingStatus;
  submissionId?: string;
}

const MILESTONES: readonly PathwayMilestone[] = ["welcome", "stories", "advice", "consent"];

export interface PathwayState {
  version: 1;
  step: PathwayStep;
  storiesRead: string[];
  current?: string;
  reflections: Record<string, Writing>;
  advice: Writing & { consent?: boolean };
  /** Something the student wrote suggests they may want support: the help is shown first. */
  support: boolean;
  /** The step after the support screen. */
  afterSupport?: PathwayStep;
  milestones: PathwayMilestone[];
  roundCode?: string;
}

export function initialPathwayState(roundCode?: string): PathwayState {
  return {
    version: 1,
    step: "welcome",
    storiesRead: [],
    reflections: {},
    advice: { text: "", status: "draft" },
    support: false,
    milestones: [],
    ...(roundCode ? { roundCode } : {}),
  };
}

// Checked by hand, not with zod: this runs in the pathway's browser code, where zod would be
// the largest part of the page's JavaScript. Only the state's own fields come back.
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);
const isOptional = <T>(value: unknown, is: (v: unknown) => v is T): value is T | undefined =>
  value === undefined || is(value);
const isString = (value: unknown): value is string => typeof value === "string";
const isBoolean = (value: unknown): value is boolean => typeof value === "boolean";

function asWriting(value: unknown): Writing | undefined {
  if (!isRecord(value)) return undefined;
  const { text, status, submissionId } = value;
  if (!isString(text) || !isOneOf(WRITING_STATUSES, status)) return undefined;
  if (!isOptional(submissionId, isString)) return undefined;
  return { text, status, ...(submissionId === undefined ? {} : { submissionId }) };
}

function asPathwayState(json: unknown): PathwayState | undefined {
  if (!isRecord(json) || json.version !== 1) return undefined;
  const { step, storiesRead, current, reflections, advice, support, afterSupport } = json;
  const { milestones, roundCode } = json;
  if (!isOneOf(PATHWAY_STEPS, step) || !isBoolean(support)) return undefined;
  if (!Array.isArray(storiesRead) || !storiesRead.every(isString)) return undefined;
  if (!Array.isArray(milestones) || !milestones.every((m) => isOneOf(MILESTONES, m))) {
    return undefined;
  }
  if (!isOptional(current, isString) || !isOptional(roundCode, isString)) return undefined;
  if (!(afterSupport === undefined || isOneOf(PATHWAY_STEPS, afterSupport))) return undefined;
  if (!isRecord(reflections)) return undefined;
  const written = Object.entries(reflections).map(([slug, w]) => [slug, asWriting(w)] as const);
  if (written.some(([, w]) => w === undefined)) return undefined;
  const adviceWriting = asWriting(advice);
  const consent = isRecord(advice) ? advice.consent : undefined;
  if (!adviceWriting || !isOptional(consent, isBoolean)) return undefined;
  return {
    version: 1,
    step,
    storiesRead,
    ...(current === undefined ? {} : { current }),
    reflections: Object.fromEntries(written) as Record<string, Writing>,
    advice: { ...adviceWriting, ...(consent === undefined ? {} : { consent }) },
    support,
    ...(afterSupport === undefined ? {} : { afterSupport }),
    milestones,
    ...(roundCode === undefined ? {} : { roundCode }),
  };
}

/** A stored state, or a fresh one when it is missing, from an older version or damaged. */
export function restorePathwayState(stored: string | null): PathwayState {
  if (!stored) return initialPathwayState();
  try {
    return asPathwayState(JSON.parse(stored)) ?? initialPathwayState();
  } catch {
    return initialPathwayState();
  }
}

export type PathwayAction =
  | { type: "start" }
  | { type: "choose"; slug: string }
  | { type: "backToStories" }
  | { type: "finishStory" }
  | { type: "draftReflection"; slug: string; text: string }
  | { type: "assignReflectionId"; slug: string; submissionId: string }
  | {
      type: "reflectionDone";
      slug: string;
      status: Exclude<WritingStatus, "draft">;
      submissionId?: string;
      support?: boolean;
    }
  | { type: "writeAdvice" }
  | { type: "draftAdvice"; text: string }
  | { type: "adviceWritten"; submissionId: string }
  | { type: "backToAdvice" }
  | { type: "chooseConsent"; consent: boolean }
  | { type: "adviceSent"; status: "sent" | "queued"; support?: boolean }
  | { type: "delivered"; submissionId: string; support: boolean }
  | { type: "continue" }
  | { type: "setSchool"; roundCode: string }
  | { type: "restart" };

const withMilestone = (state: PathwayState, milestone: PathwayMilestone): PathwayMilestone[] =>
  state.milestones.includes(milestone) ? state.milestones : [...state.milestones, milestone];

/** After the support screen, or straight away: the step that follows a finished action. */
function next(state: PathwayState, step: PathwayStep, support = false): PathwayState {
  if (!support) return { ...state, step };
  return { ...state, support: true, step: "support", afterSupport: step };
}

export function pathwayReducer(state: PathwayState, action: PathwayAction): PathwayState {
  switch (action.type) {
    case "start":
      return { ...state, step: "choose", milestones: withMilestone(state, "welcome") };
    case "choose":
      if (state.storiesRead.length >= MAX_STORIES && !state.storiesRead.includes(action.slug))
        return state;
      return { ...state, step: "read", current: action.slug };
    case "backToStories":
      return { ...state, step: "choose", current: undefined };
    case "finishStory": {
      if (!state.current) return { ...state, step: "choose" };
      const storiesRead = state.storiesRead.includes(state.current)
        ? state.storiesRead
        : [...state.storiesRead, state.current];
      const milestones =
        storiesRead.length >= MIN_STORIES ? withMilestone(state, "stories") : state.milestones;
      // A story read again after its reflection was saved or skipped goes straight on.
      const reflected = (state.reflections[state.current]?.status ?? "draft") !== "draft";
      if (reflected) {
        const step = storiesRead.length >= MAX_STORIES ? "advice" : "choose";
        return { ...state, storiesRead, milestones, step, current: undefined };
      }
      return { ...state, storiesRead, milestones, step: "reflect" };
    }
    case "draftReflection": {
      const before = state.reflections[action.slug] ?? { text: "", status: "draft" as const };
      if (before.status === "sent" || before.status === "queued") return state;
      return {
        ...state,
        reflections: {
          ...state.reflections,
          [action.slug]: { ...before, text: action.text, status: "draft" },
        },
      };
    }
    case "assignReflectionId": {
      // Fixed before the first send: a resend after a reload must carry the same id.
      const before = state.reflections[action.slug] ?? { text: "", status: "draft" as const };
      if (before.submissionId) return state;
      return {
        ...state,
        reflections: {
          ...state.reflections,
          [action.slug]: { ...before, submissionId: action.submissionId },
        },
      };
    }
    case "reflectionDone": {
      const before = state.reflections[action.slug] ?? { text: "", status: "draft" as const };
      const reflections = {
        ...state.reflections,
        // Once sent or queued (the outbox holds the body) or skipped, the device keeps no copy:
        // a shared school computer should not show the next student what this one wrote.
        [action.slug]: {
          ...before,
          text: "",
          status: action.status,
          ...(action.submissionId ? { submissionId: action.submissionId } : {}),
        },
      };
      const after = state.storiesRead.length >= MAX_STORIES ? "advice" : "choose";
      return next({ ...state, reflections, current: undefined }, after, action.support);
    }
    case "writeAdvice":
      return state.storiesRead.length >= MIN_STORIES ? { ...state, step: "advice" } : state;
    case "draftAdvice":
      if (state.advice.status !== "draft") return state;
      return { ...state, advice: { ...state.advice, text: action.text } };
    case "adviceWritten":
      return {
        ...state,
        step: "consent",
        advice: { ...state.advice, submissionId: state.advice.submissionId ?? action.submissionId },
        milestones: withMilestone(state, "advice"),
      };
    case "backToAdvice":
      return state.advice.status === "draft" ? { ...state, step: "advice" } : state;
    case "chooseConsent":
      if (state.advice.status !== "draft") return state;
      return { ...state, advice: { ...state.advice, consent: action.consent } };
    case "adviceSent":
      return next(
        {
          ...state,
          advice: { ...state.advice, text: "", status: action.status },
          milestones: withMilestone(state, "consent"),
        },
        "thanks",
        action.support,
      );
    case "delivered": {
      // A queued text reached the server after all.
      const reflections = Object.fromEntries(
        Object.entries(state.reflections).map(([slug, r]) => [
          slug,
          r.submissionId === action.submissionId && r.status === "queued"
            ? { ...r, status: "sent" as const }
            : r,
        ]),
      );
      const advice =
        state.advice.submissionId === action.submissionId && state.advice.status === "queued"
          ? { ...state.advice, status: "sent" as const }
          : state.advice;
      return { ...state, reflections, advice, support: state.support || action.support };
    }
    case "continue":
      return state.step === "support"
        ? { ...state, step: state.afterSupport ?? "choose", afterSupport: undefined }
        : state;
    case "setSchool":
      return { ...state, roundCode: action.roundCode };
    case "restart":
      return initialPathwayState(state.roundCode);
  }
}

/** Progress for the bar: milestones reached (stories count in halves), out of four. */
export function pathwayProgress(state: PathwayState): { value: number; max: number; step: number } {
  const reached = state.milestones.length;
  const stories = state.milestones.includes("stories")
    ? 0
    : Math.min(state.storiesRead.length, MIN_STORIES) / MIN_STORIES;
  const stepNumber: Record<PathwayStep, number> = {
    welcome: 1,
    choose: 2,
    read: 2,
    reflect: 2,
    advice: 3,
    consent: 4,
    support: state.afterSupport === "thanks" ? 5 : 2,
    thanks: 5,
  };
  return { value: Math.min(4, reached + stories), max: 4, step: stepNumber[state.step] };
}
