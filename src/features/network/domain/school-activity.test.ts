import { describe, expect, it } from "vitest";
import { activityFigures, pooledActivity, type ActivityAggregates } from "./school-activity";

const OPTIONS = ["classmates", "teachers", "language"];
const weeks = (...counts: number[]) => new Map(counts.map((n, i) => [`2026-09-${10 + i}`, n]));

function aggregates(over: Partial<ActivityAggregates> = {}): ActivityAggregates {
  return {
    barriers: { respondents: 0, counts: new Map() },
    funnel: { invited: weeks(), started: weeks(), finished: weeks(), adviceWritten: weeks() },
    sessions: { held: 0, joined: weeks() },
    ...over,
  };
}

describe("activity figures per school", () => {
  it("lists the barriers that weigh most first, as shares of the students who chose any", () => {
    const figures = activityFigures(
      aggregates({
        barriers: {
          respondents: 10,
          counts: new Map([
            ["teachers", 2],
            ["language", 6],
            ["classmates", 4],
          ]),
        },
      }),
      OPTIONS,
      5,
    );
    expect(figures.barriers.suppressed).toBe(false);
    if (figures.barriers.suppressed) return;
    expect(figures.barriers.options.map((o) => [o.key, o.share])).toEqual([
      ["language", 0.6],
      ["classmates", 0.4],
      ["teachers", 0.2],
    ]);
  });

  it("shows fewer than k respondents as hidden, with the school's own k", () => {
    const figures = activityFigures(
      aggregates({ barriers: { respondents: 4, counts: new Map([["language", 4]]) } }),
      OPTIONS,
      5,
    );
    expect(figures.barriers).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
  });

  it("hides a funnel stage or the students who joined when one week holds 1..k-1", () => {
    const figures = activityFigures(
      aggregates({
        funnel: {
          invited: weeks(6, 0, 7),
          started: weeks(6, 2),
          finished: weeks(3),
          adviceWritten: weeks(),
        },
        sessions: { held: 2, joined: weeks(20, 4) },
      }),
      OPTIONS,
      5,
    );
    expect(figures.funnel.invited).toEqual({ suppressed: false, n: 13 });
    expect(figures.funnel.started).toMatchObject({ suppressed: true, reason: "small-window" });
    expect(figures.funnel.finished).toMatchObject({ suppressed: true, reason: "fewer-than-k" });
    expect(figures.sessions.held).toBe(2);
    expect(figures.sessions.joined).toMatchObject({ suppressed: true, reason: "small-window" });
  });
});

describe("pooled activity", () => {
  it("sums only the schools whose own figure is shown, under the strictest k", () => {
    const shown = aggregates({
      barriers: { respondents: 12, counts: new Map([["language", 12]]) },
      funnel: { invited: weeks(6), started: weeks(), finished: weeks(), adviceWritten: weeks() },
      sessions: { held: 1, joined: weeks(12) },
    });
    const hidden = aggregates({
      barriers: { respondents: 3, counts: new Map([["teachers", 3]]) },
      funnel: { invited: weeks(2), started: weeks(), finished: weeks(), adviceWritten: weeks() },
      sessions: { held: 1, joined: weeks(2) },
    });
    const schools = [
      { aggregates: shown, figures: activityFigures(shown, OPTIONS, 5) },
      { aggregates: hidden, figures: activityFigures(hidden, OPTIONS, 5) },
    ];
    const pooled = pooledActivity(schools, OPTIONS, 8);
    // The hidden school's 3 respondents and 2 joined never enter: the pool minus the shown
    // school would otherwise be them.
    expect(pooled.barriers).toMatchObject({ suppressed: false, n: 12 });
    expect(pooled.sessions).toEqual({ held: 2, joined: { suppressed: false, n: 12 } });
    // 6 invited are shown in their school (k 5) but under the network's strictest k (8).
    expect(pooled.funnel.invited).toEqual({ suppressed: true, reason: "fewer-than-k", k: 8 });
  });
});
