import { describe, expect, it } from "vitest";
import {
  initialPathwayState,
  pathwayProgress,
  pathwayReducer,
  restorePathwayState,
  type PathwayAction,
  type PathwayState,
} from "./pathway-state";

const run = (actions: PathwayAction[], state: PathwayState = initialPathwayState()) =>
  actions.reduce(pathwayReducer, state);

const readStory = (slug: string): PathwayAction[] => [
  { type: "choose", slug },
  { type: "finishStory" },
];

describe("pathwayReducer", () => {
  it("walks welcome -> two stories with reflections -> advice -> consent -> thanks", () => {
    const state = run([
      { type: "start" },
      ...readStory("amira"),
      { type: "draftReflection", slug: "amira", text: "Asking helps." },
      { type: "reflectionDone", slug: "amira", status: "sent", submissionId: "r1" },
      ...readStory("theo"),
      { type: "reflectionDone", slug: "theo", status: "skipped" },
      { type: "writeAdvice" },
      { type: "draftAdvice", text: "Sit with someone new at lunch." },
      { type: "adviceWritten", submissionId: "a1" },
      { type: "chooseConsent", consent: true },
      { type: "adviceSent", status: "sent" },
    ]);
    expect(state.step).toBe("thanks");
    expect(state.storiesRead).toEqual(["amira", "theo"]);
    expect(state.milestones).toEqual(["welcome", "stories", "advice", "consent"]);
    expect(state.advice).toMatchObject({ status: "sent", consent: true, submissionId: "a1" });
    expect(state.reflections.amira).toMatchObject({ status: "sent", submissionId: "r1" });
    expect(pathwayProgress(state)).toEqual({ value: 4, max: 4, step: 5 });
  });

  it("keeps no copy of what was sent or skipped on the device", () => {
    const state = run([
      { type: "start" },
      ...readStory("amira"),
      { type: "draftReflection", slug: "amira", text: "Private thought" },
      { type: "reflectionDone", slug: "amira", status: "queued", submissionId: "r1" },
      ...readStory("theo"),
      { type: "writeAdvice" },
      { type: "draftAdvice", text: "Advice" },
      { type: "adviceWritten", submissionId: "a1" },
      { type: "chooseConsent", consent: false },
      { type: "adviceSent", status: "queued" },
    ]);
    expect(JSON.stringify(state)).not.toContain("Private thought");
    expect(state.advice.text).toBe("");
  });

  it("asks for at least two stories before the advice, and allows a third", () => {
    let state = run([{ type: "start" }, ...readStory("a")]);
    expect(state.step).toBe("reflect");
    state = run([{ type: "reflectionDone", slug: "a", status: "skipped" }], state);
    expect(state.step).toBe("choose");
    expect(run([{ type: "writeAdvice" }], state).step).toBe("choose");
    state = run(
      [...readStory("b"), { type: "reflectionDone", slug: "b", status: "skipped" }],
      state,
    );
    expect(state.step).toBe("choose");
    state = run(
      [...readStory("c"), { type: "reflectionDone", slug: "c", status: "skipped" }],
      state,
    );
    // A third story is the last: the pathway goes on to the advice by itself.
    expect(state.step).toBe("advice");
    expect(run([{ type: "choose", slug: "d" }], state).step).toBe("advice");
  });

  it("gives a reflection one submissionId, however often it is sent", () => {
    const state = run([
      { type: "draftReflection", slug: "a", text: "Hi" },
      { type: "assignReflectionId", slug: "a", submissionId: "first" },
      { type: "assignReflectionId", slug: "a", submissionId: "second" },
      { type: "draftReflection", slug: "a", text: "Hi there" },
    ]);
    expect(state.reflections.a).toEqual({
      text: "Hi there",
      status: "draft",
      submissionId: "first",
    });
  });

  it("counts a story read twice once, and asks for its reflection once", () => {
    const state = run([
      { type: "start" },
      ...readStory("a"),
      { type: "reflectionDone", slug: "a", status: "skipped" },
      ...readStory("a"),
    ]);
    expect(state.storiesRead).toEqual(["a"]);
    expect(state.step).toBe("choose");
  });

  it("shows support after saved writing that asks for it, then goes on", () => {
    let state = run([
      { type: "start" },
      ...readStory("a"),
      { type: "reflectionDone", slug: "a", status: "sent", support: true },
    ]);
    expect(state).toMatchObject({ step: "support", support: true, afterSupport: "choose" });
    expect(pathwayProgress(state).step).toBe(2);
    state = run([{ type: "continue" }], state);
    expect(state.step).toBe("choose");
    state = run(
      [...readStory("b"), { type: "reflectionDone", slug: "b", status: "skipped" }],
      state,
    );
    state = run(
      [
        { type: "writeAdvice" },
        { type: "adviceWritten", submissionId: "a1" },
        { type: "chooseConsent", consent: true },
        { type: "adviceSent", status: "sent", support: true },
      ],
      state,
    );
    expect(state).toMatchObject({ step: "support", afterSupport: "thanks" });
    expect(pathwayProgress(state).step).toBe(5);
    expect(run([{ type: "continue" }], state).step).toBe("thanks");
  });

  it("keeps the first submissionId of the advice when the student goes back and edits", () => {
    const state = run([
      { type: "adviceWritten", submissionId: "first" },
      { type: "backToAdvice" },
      { type: "draftAdvice", text: "Edited" },
      { type: "adviceWritten", submissionId: "second" },
    ]);
    expect(state.advice).toMatchObject({ submissionId: "first", text: "Edited" });
  });

  it("freezes the advice once sent: no more edits, consent or going back", () => {
    const sent = run([
      { type: "draftAdvice", text: "Done" },
      { type: "adviceWritten", submissionId: "a1" },
      { type: "chooseConsent", consent: true },
      { type: "adviceSent", status: "queued" },
    ]);
    const after = run(
      [
        { type: "draftAdvice", text: "Changed" },
        { type: "chooseConsent", consent: false },
        { type: "backToAdvice" },
      ],
      sent,
    );
    expect(after.advice).toEqual(sent.advice);
    expect(after.step).toBe("thanks");
  });

  it("marks queued writing delivered, and remembers a late call for support", () => {
    const state = run([
      { type: "start" },
      ...readStory("a"),
      { type: "reflectionDone", slug: "a", status: "queued", submissionId: "r1" },
      { type: "delivered", submissionId: "r1", support: true },
    ]);
    expect(state.reflections.a?.status).toBe("sent");
    expect(state.support).toBe(true);
    expect(state.step).toBe("choose");
  });

  it("starts again from scratch but keeps the school", () => {
    const state = run([
      { type: "setSchool", roundCode: "DEMO01" },
      { type: "start" },
      { type: "restart" },
    ]);
    expect(state).toEqual(initialPathwayState("DEMO01"));
  });
});

describe("pathwayProgress", () => {
  it("moves in halves through the stories", () => {
    const started = run([{ type: "start" }]);
    expect(pathwayProgress(initialPathwayState())).toEqual({ value: 0, max: 4, step: 1 });
    expect(pathwayProgress(started)).toEqual({ value: 1, max: 4, step: 2 });
    const one = run([...readStory("a")], started);
    expect(pathwayProgress(one).value).toBe(1.5);
    const two = run([...readStory("b")], one);
    expect(pathwayProgress(two).value).toBe(2);
  });
});

describe("restorePathwayState", () => {
  it("restores a saved state and starts fresh from a missing or damaged one", () => {
    const saved = run([{ type: "start" }, { type: "choose", slug: "a" }]);
    expect(restorePathwayState(JSON.stringify(saved))).toEqual(saved);
    expect(restorePathwayState(null)).toEqual(initialPathwayState());
    expect(restorePathwayState("{not json")).toEqual(initialPathwayState());
    expect(restorePathwayState(JSON.stringify({ ...saved, version: 0 }))).toEqual(
      initialPathwayState(),
    );
  });

  it("keeps every optional field and only the state's own fields", () => {
    const saved = {
      ...initialPathwayState("DEMO01"),
      step: "support",
      current: "a",
      afterSupport: "thanks",
      reflections: { a: { text: "hi", status: "sent", submissionId: "id-1" } },
      advice: { text: "x", status: "queued", submissionId: "id-2", consent: false },
      support: true,
      milestones: ["welcome", "stories"],
    };
    expect(restorePathwayState(JSON.stringify({ ...saved, extra: 1 }))).toEqual(saved);
  });

  it("starts fresh when any one field is malformed", () => {
    const saved = run([{ type: "start" }, { type: "choose", slug: "a" }]);
    const writing = { text: "t", status: "draft" };
    const malformed: object[] = [
      { step: "elsewhere" },
      { storiesRead: "a" },
      { storiesRead: [1] },
      { current: 3 },
      { reflections: [] },
      { reflections: { a: { text: "t", status: "lost" } } },
      { reflections: { a: { ...writing, submissionId: 1 } } },
      { advice: { text: 1, status: "draft" } },
      { advice: { ...writing, consent: "yes" } },
      { advice: null },
      { support: "no" },
      { afterSupport: "nowhere" },
      { milestones: ["finish"] },
      { milestones: "welcome" },
      { roundCode: 42 },
    ];
    for (const change of malformed) {
      const stored = JSON.stringify({ ...saved, ...change });
      expect(restorePathwayState(stored), JSON.stringify(change)).toEqual(initialPathwayState());
    }
  });
});
