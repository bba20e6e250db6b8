import { describe, expect, it } from "vitest";
import {
  clampStep,
  formatTimer,
  isNewer,
  parseRoomState,
  phoneScreen,
  PREVIEW_POSITIONS,
  previewRoom,
  secondsLeft,
  stepKeyAt,
  STEP_COUNT,
  targetStep,
  type RoomState,
} from "./room-state";

const state = (version: number): RoomState => ({
  version,
  step: 0,
  stepStartedAt: null,
  joined: 0,
  advice: 0,
  ended: false,
});

describe("room state", () => {
  it("moves within the five steps", () => {
    expect(targetStep(0, "previous")).toBe(0);
    expect(targetStep(0, "next")).toBe(1);
    expect(targetStep(4, "next")).toBe(4);
    expect(targetStep(2, 9)).toBe(4);
    expect(targetStep(2, -3)).toBe(0);
    expect(clampStep(Number.NaN)).toBe(0);
    expect(clampStep(2.7)).toBe(2);
    expect(stepKeyAt(3)).toBe("write-advice");
  });

  it("keeps only newer states, whatever order they arrive in", () => {
    expect(isNewer(state(1), null)).toBe(true);
    expect(isNewer(state(2), state(1))).toBe(true);
    expect(isNewer(state(1), state(2))).toBe(false);
    expect(isNewer(state(2), state(2))).toBe(false);
  });

  it("counts the step timer from the stored start, past zero", () => {
    const start = "2026-12-03T10:00:00.000Z";
    const at = (s: number) => Date.parse(start) + s * 1000;
    expect(secondsLeft(start, 5, at(0))).toBe(300);
    expect(secondsLeft(start, 5, at(65))).toBe(235);
    expect(secondsLeft(start, 5, at(390))).toBe(-90);
    expect(secondsLeft(null, 5, at(999))).toBe(300);
    expect(formatTimer(235)).toBe("3:55");
    expect(formatTimer(5)).toBe("0:05");
    expect(formatTimer(-90)).toBe("-1:30");
  });

  it("shows each phone the screen of the step, and the closing screen once ended", () => {
    const screens = [0, 1, 2, 3, 4].map((step) => phoneScreen({ step, ended: false }));
    expect(screens).toEqual(["waiting", "listen", "stories", "advice", "debrief"]);
    expect(phoneScreen({ step: 3, ended: true })).toBe("ended");
  });
});

describe("parseRoomState", () => {
  const state = {
    version: 3,
    step: 2,
    stepStartedAt: "2026-12-03T10:00:00.000Z",
    joined: 24,
    advice: 5,
    ended: false,
  };

  it("takes a whole state as sent", () => {
    expect(parseRoomState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseRoomState({ ...state, stepStartedAt: null })?.stepStartedAt).toBeNull();
  });

  it("keeps a step beyond the last within the steps", () => {
    expect(parseRoomState({ ...state, step: 99 })?.step).toBe(STEP_COUNT - 1);
  });

  it("refuses anything else", () => {
    for (const bad of [
      null,
      "state",
      [],
      { ...state, version: -1 },
      { ...state, joined: 1.5 },
      { ...state, advice: "5" },
      { ...state, ended: "no" },
      { ...state, stepStartedAt: 5 },
      { version: 1 },
    ]) {
      expect(parseRoomState(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe("previewRoom", () => {
  it("steps through every phone screen, then the closing one, with nothing counted", () => {
    const screens = Array.from({ length: PREVIEW_POSITIONS }, (_, i) => previewRoom(i));
    expect(screens.map(phoneScreen)).toEqual([
      "waiting",
      "listen",
      "stories",
      "advice",
      "debrief",
      "ended",
    ]);
    for (const room of screens) expect(room).toMatchObject({ joined: 0, advice: 0 });
  });

  it("keeps a position out of range on the first or the last screen", () => {
    expect(phoneScreen(previewRoom(-3))).toBe("waiting");
    expect(phoneScreen(previewRoom(99))).toBe("ended");
  });
});
