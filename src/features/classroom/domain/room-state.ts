// What everyone in the room sees of a classroom session, and the rules for moving through it.
// Pure: the server builds a RoomState from the database, phones and the projector apply them.
import { CLASSROOM_STEPS, type ClassroomStepKey } from "./classroom-steps";

export const STEP_COUNT = CLASSROOM_STEPS.length;

/** The live state of a session, as sent to the projector, the notes window and every phone. */
export interface RoomState {
  /** Grows with every change; the id of the live event that carried it. */
  version: number;
  /** Index of the current step in CLASSROOM_STEPS. */
  step: number;
  /** When the current step began (ISO 8601), for the step timer. */
  stepStartedAt: string | null;
  /** Phones that joined (each device once). */
  joined: number;
  /** Pieces of advice written in the session. */
  advice: number;
  ended: boolean;
}

export function stepKeyAt(step: number): ClassroomStepKey {
  return CLASSROOM_STEPS[clampStep(step)]!;
}

export function clampStep(step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(STEP_COUNT - 1, Math.max(0, Math.trunc(step)));
}

export type StepMove = "next" | "previous" | number;

/** The step a move leads to from `current`; moves past either end stay at the end. */
export function targetStep(current: number, move: StepMove): number {
  if (move === "next") return clampStep(current + 1);
  if (move === "previous") return clampStep(current - 1);
  return clampStep(move);
}

/** Whether `incoming` should replace `shown`: states arrive out of order across reconnects. */
export function isNewer(incoming: RoomState, shown: RoomState | null): boolean {
  return !shown || incoming.version > shown.version;
}

/**
 * Seconds left of a step planned for `minutes`, negative once over time. The timer counts from
 * the stored start of the step, so the projector and the notes window agree.
 */
export function secondsLeft(stepStartedAt: string | null, minutes: number, now: number): number {
  const started = stepStartedAt ? Date.parse(stepStartedAt) : NaN;
  if (Number.isNaN(started)) return minutes * 60;
  return Math.round(minutes * 60 - (now - started) / 1000);
}

/** "7:05", or "-1:30" once over time. */
export function formatTimer(seconds: number): string {
  const sign = seconds < 0 ? "-" : "";
  const abs = Math.abs(seconds);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
}

/** What a student's phone shows for a state. */
export type PhoneScreen = "waiting" | "listen" | "stories" | "advice" | "debrief" | "ended";

export function phoneScreen(state: Pick<RoomState, "step" | "ended">): PhoneScreen {
  if (state.ended) return "ended";
  switch (stepKeyAt(state.step)) {
    case "preframing":
      return "waiting";
    case "teacher-story":
      return "listen";
    case "read-stories":
      return "stories";
    case "write-advice":
      return "advice";
    case "debrief":
      return "debrief";
  }
}

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/** A RoomState from an event's data (JSON from the wire), or null when it is not one. */
export function parseRoomState(data: unknown): RoomState | null {
  if (typeof data !== "object" || data === null) return null;
  const s = data as Record<string, unknown>;
  if (![s.version, s.step, s.joined, s.advice].every(isCount)) return null;
  if (typeof s.ended !== "boolean") return null;
  if (s.stepStartedAt !== null && typeof s.stepStartedAt !== "string") return null;
  return {
    version: s.version as number,
    step: clampStep(s.step as number),
    stepStartedAt: s.stepStartedAt as string | null,
    joined: s.joined as number,
    advice: s.advice as number,
    ended: s.ended,
  };
}

/** The screens a preview steps through: each step of the script, then the closing screen. */
export const PREVIEW_POSITIONS = STEP_COUNT + 1;

/**
 * The room a preview phone shows at `position` (0 .. STEP_COUNT, the last being the end):
 * nobody joined, nothing written, no clock.
 */
export function previewRoom(position: number): RoomState {
  const at = Math.min(Math.max(Math.trunc(position), 0), STEP_COUNT);
  return {
    version: at,
    step: Math.min(at, STEP_COUNT - 1),
    stepStartedAt: null,
    joined: 0,
    advice: 0,
    ended: at === STEP_COUNT,
  };
}
