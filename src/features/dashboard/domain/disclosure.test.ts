import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySuppression, type SuppressionReason } from "./anonymity";
import { decideVisibility, type GroupCount } from "./hierarchy";
import {
  countForDisplay,
  groupDistrust,
  pairedChangeShowable,
  publicationGate,
  resultsPublished,
  snapToWeeks,
  ungroupedPadding,
  weeklyFigure,
  weekStart,
  windowTotal,
} from "./disclosure";

const k = fc.integer({ min: 3, max: 10 });

describe("complementary suppression (property)", () => {
  it("leaves every parent - shown rows at 0 or >= k, whatever is hidden first", () => {
    const row = fc.record({
      n: fc.nat({ max: 40 }),
      hidden: fc.option(fc.constantFrom<SuppressionReason>("padding", "size-unknown"), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.nat({ max: 10 }), k, (rows, extra, kk) => {
        const table = rows.map((r, i) => ({ key: `g${i}`, ...r }));
        const total = table.reduce((sum, r) => sum + r.n, 0) + extra;
        // A parent under k is itself hidden, so only shown parents are subtracted from.
        if (total < kk) return;
        const cells = applySuppression(table, { k: kk, total });
        const shown = cells.reduce((sum, c) => sum + (c.suppressed ? 0 : c.n), 0);
        const recoverable = total - shown;
        expect(recoverable === 0 || recoverable >= kk).toBe(true);
        for (const [i, cell] of cells.entries()) {
          if (!cell.suppressed) expect(cell.n).toBeGreaterThanOrEqual(kk);
          if (table[i]!.hidden) expect(cell).toMatchObject({ suppressed: true });
        }
      }),
    );
  });

  it("shows no set of the round/programme/group hierarchy that subtraction breaks", () => {
    const group = fc.record({
      programme: fc.constantFrom("P", "Q", "R"),
      n: fc.nat({ max: 25 }),
      hidden: fc.option(fc.constant<SuppressionReason>("padding"), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 9 }), fc.nat({ max: 6 }), k, (groups, none, kk) => {
        const counts: GroupCount[] = groups.map((g, i) => ({ groupId: `g${i}`, ...g }));
        if (none > 0) counts.push({ groupId: null, programme: "", n: none });
        const decision = decideVisibility(counts, kk);
        const size = (ids: GroupCount[]) => ids.reduce((sum, c) => sum + c.n, 0);
        const roundN = size(counts);
        const programmes = [...new Set(groups.map((g) => g.programme))];
        const check = (parentN: number, shownChildren: number) => {
          const rest = parentN - shownChildren;
          expect(rest === 0 || rest >= kk).toBe(true);
        };
        if (!decision.round.suppressed) {
          expect(roundN).toBeGreaterThanOrEqual(kk);
          const shownProgrammes = programmes.filter((p) => !decision.programme(p).suppressed);
          check(
            roundN,
            shownProgrammes.reduce(
              (s, p) => s + size(counts.filter((c) => c.programme === p && c.groupId)),
              0,
            ),
          );
        }
        for (const p of programmes) {
          const members = counts.filter((c) => c.groupId !== null && c.programme === p);
          if (decision.programme(p).suppressed) {
            for (const m of members) expect(decision.group(m.groupId!).suppressed).toBe(true);
            continue;
          }
          const shown = members.filter((m) => !decision.group(m.groupId!).suppressed);
          for (const m of shown) {
            expect(m.n).toBeGreaterThanOrEqual(kk);
            expect(m.hidden).toBeUndefined();
          }
          check(size(members), size(shown));
        }
      }),
    );
  });
});

describe("padding", () => {
  it("distrusts more answers than students, and a group without a size", () => {
    expect(groupDistrust(3, 3)).toBeUndefined();
    expect(groupDistrust(4, 3)).toBe("padding");
    expect(groupDistrust(0, null)).toBe("size-unknown");
    expect(groupDistrust(5, 0)).toBe("size-unknown");
  });

  it("lets answers in no group count only while they fit in the groups' empty places", () => {
    const groups = [
      { responses: 8, expectedSize: 10 },
      { responses: 5, expectedSize: 6 },
    ];
    expect(ungroupedPadding(3, groups)).toBe(false);
    expect(ungroupedPadding(4, groups)).toBe(true);
    expect(ungroupedPadding(0, [])).toBe(false);
  });

  it("hides only the round's figures when its answers in no group are padded", () => {
    const round = { closesAt: new Date(Date.now() - 1000) };
    const groups = [{ id: "g", name: "G", programme: "P", expectedSize: 10 }];
    const gate = publicationGate(
      round,
      groups,
      [
        { groupId: "g", responses: 10 },
        { groupId: null, responses: 2 },
      ],
      5,
    );
    expect(gate({ level: "round" })).toMatchObject({ suppressed: true, reason: "padding" });
    expect(gate({ level: "programme", programme: "P" }).suppressed).toBe(false);
  });
});

describe("open rounds", () => {
  it("publishes figures once the round has closed", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    expect(resultsPublished({ closesAt: new Date("2026-03-01T12:00:00Z") }, now)).toBe(true);
    expect(resultsPublished({ closesAt: new Date("2026-03-01T12:00:01Z") }, now)).toBe(false);
    const gate = publicationGate({ closesAt: new Date(Date.now() + 60_000) }, [], [], 5);
    expect(gate({ level: "group", groupId: "x" })).toMatchObject({ reason: "round-open" });
  });
});

describe("counts", () => {
  it("shows 0 and counts from k, and 'fewer than k' in between", () => {
    expect(countForDisplay(0, 5)).toEqual({ exact: true, n: 0 });
    expect(countForDisplay(4, 5)).toEqual({ exact: false, fewerThan: 5 });
    expect(countForDisplay(5, 5)).toEqual({ exact: true, n: 5 });
    expect(countForDisplay(2, 1)).toEqual({ exact: false, fewerThan: 3 });
  });
});

describe("before/after", () => {
  it("shows pairs only when both unpaired remainders are 0 or >= k", () => {
    expect(pairedChangeShowable({ paired: 6, before: 6, after: 7 }, 5)).toBe(false);
    expect(pairedChangeShowable({ paired: 6, before: 6, after: 6 }, 5)).toBe(true);
    expect(pairedChangeShowable({ paired: 6, before: 11, after: 6 }, 5)).toBe(true);
    expect(pairedChangeShowable({ paired: 4, before: 4, after: 4 }, 5)).toBe(false);
    expect(pairedChangeShowable({ paired: 7, before: 6, after: 7 }, 5)).toBe(false);
  });

  it("never leaves a remainder of 1..k-1 next to shown pairs (property)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 30 }),
        fc.nat({ max: 30 }),
        fc.nat({ max: 30 }),
        k,
        (p, b, a, kk) => {
          if (!pairedChangeShowable({ paired: p, before: p + b, after: p + a }, kk)) return;
          for (const rest of [a, b]) expect(rest === 0 || rest >= kk).toBe(true);
        },
      ),
    );
  });
});

describe("date windows", () => {
  it("snaps to Monday-to-Monday weeks in UTC", () => {
    expect(weekStart(new Date("2026-01-07T23:00:00Z")).toISOString()).toBe(
      "2026-01-05T00:00:00.000Z",
    );
    expect(weekStart(new Date("2026-01-11T10:00:00Z")).toISOString()).toBe(
      "2026-01-05T00:00:00.000Z",
    );
    expect(weekStart(new Date("2026-01-12T00:00:00Z")).toISOString()).toBe(
      "2026-01-12T00:00:00.000Z",
    );
    const snapped = snapToWeeks({ from: new Date("2026-01-07"), to: new Date("2026-01-13") });
    expect(snapped.from?.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(snapped.to?.toISOString()).toBe("2026-01-19T00:00:00.000Z");
  });

  it("shows a window only when each week is 0 or >= k", () => {
    expect(windowTotal([0, 6, 5], 5)).toBe(11);
    expect(windowTotal([6, 1], 5)).toBeUndefined();
    expect(weeklyFigure([6, 1], 5)).toEqual({ suppressed: true, reason: "small-window", k: 5 });
    expect(weeklyFigure([2], 5)).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(weeklyFigure([], 5)).toMatchObject({ suppressed: true, reason: "fewer-than-k" });
  });

  it("gives no two nested windows that differ by 1..k-1 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 10 }),
        k,
        (weeks, kk) => {
          const shown: { from: number; to: number; n: number }[] = [];
          for (let from = 0; from < weeks.length; from++) {
            for (let to = from; to < weeks.length; to++) {
              const figure = weeklyFigure(weeks.slice(from, to + 1), kk);
              if (!figure.suppressed) shown.push({ from, to, n: figure.n });
            }
          }
          for (const a of shown) {
            for (const b of shown) {
              if (b.from > a.from || a.to > b.to) continue;
              const difference = b.n - a.n;
              expect(difference === 0 || difference >= kk).toBe(true);
            }
          }
        },
      ),
    );
  });
});
