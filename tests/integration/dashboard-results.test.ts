// Round results against hand-computed values on a small data set, with the anonymity rules:
// sets under k, complementary suppression, two overlapping sets one student apart, free text.
import { beforeAll, describe, expect, it } from "vitest";
import { getRoundResults } from "@/features/dashboard/server";
import type { StaffContext } from "@/features/access/server";
import { addResponses, closedWindow } from "../support/dashboard";
import { createGroup, createInstitution, createRound, createStaff } from "../support/factories";

let ctx: StaffContext;
let roundId: string;
let groups: { a: string; b: string; c: string };

// Group C: bu_fit_in 7..1 (5-7 favourable: 3 of 7), bu_not_belong reversed (1-3: 3 of 7),
// barriers chosen by 6 of 7 (one skipped): classmates 3, language 2, schoolwork 1, nothing 1.
const C_FIT_IN = [7, 6, 5, 4, 3, 2, 1];
const C_NOT_BELONG = [1, 1, 2, 4, 5, 6, 7];
const C_BARRIERS = [
  ["classmates"],
  ["classmates", "language"],
  ["schoolwork"],
  ["nothing"],
  [],
  ["classmates"],
  ["language"],
];

beforeAll(async () => {
  const school = await createInstitution({ minGroupSize: 5 });
  const coordinator = await createStaff(school.id, "COORDINATOR");
  ctx = { userId: coordinator.id, institutionId: school.id, role: "COORDINATOR" };
  const a = await createGroup(school.id, {
    name: "Electricians 1A",
    programme: "Electrician",
    expectedSize: 8,
  });
  const b = await createGroup(school.id, {
    name: "Electricians 1B",
    programme: "Electrician",
    expectedSize: 10,
  });
  const c = await createGroup(school.id, { name: "Chefs 1C", programme: "Chef", expectedSize: 12 });
  groups = { a: a.id, b: b.id, c: c.id };
  const round = await createRound(school.id, {
    ...closedWindow(),
    groupIds: [a.id, b.id, c.id],
  });
  roundId = round.id;
  const text = (i: number) => ({ open_support: `More time with classmates, idea ${i}` });
  await addResponses(school.id, roundId, a.id, [40, 50, 60, 70, 80, 90], text);
  await addResponses(school.id, roundId, b.id, [20], (i) => text(10 + i));
  await addResponses(school.id, roundId, c.id, [30, 45, 55, 65, 75, 85, 100], (i) => ({
    bu_fit_in: C_FIT_IN[i]!,
    bu_not_belong: C_NOT_BELONG[i]!,
    barriers: C_BARRIERS[i]!,
    ...text(20 + i),
  }));
});

describe("getRoundResults", () => {
  it("gives the round's figures as computed by hand", async () => {
    const results = await getRoundResults(ctx, { roundId }, "en");
    expect(results.k).toBe(5);
    expect(results.responses).toEqual({
      suppressed: false,
      responses: 14,
      expected: 30,
      rate: 14 / 30,
    });
    if (results.score.suppressed) throw new Error("expected the round's score");
    // 14 scores: mean 61.7857, SD 23.3376, SE 6.2372, t(0.975, 13) = 2.1604. On the logit scale
    // (the interval keeps within 0-100): p = 0.617857, SE 6.2372 / (100 p (1 - p)) = 0.26418,
    // logit 0.48046 ± 0.57074 -> back 47.7457 .. 74.0998 (the plain t interval: 48.31 .. 75.26).
    expect(results.score.n).toBe(14);
    expect(results.score.mean).toBeCloseTo(61.785714, 5);
    expect(results.score.sd).toBeCloseTo(23.337585, 5);
    expect(results.score.ciLow).toBeCloseTo(47.745662, 3);
    expect(results.score.ciHigh).toBeCloseTo(74.099763, 3);
    // Bands: LOW below 50 (20, 30, 40, 45), MID 50-74 (50, 55, 60, 65, 70), HIGH 75+ (5).
    expect(results.score.bands.map((b) => [b.band, b.count])).toEqual([
      ["LOW", 4],
      ["MID", 5],
      ["HIGH", 5],
    ]);
    if (results.histogram.suppressed) throw new Error("expected a histogram");
    expect(results.histogram.bins.map((b) => b.count)).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 2, 2]);
  });

  it("suppresses the small group and, by complement, its programme sibling", async () => {
    const results = await getRoundResults(ctx, { roundId }, "en");
    const byKey = Object.fromEntries(results.breakdown.map((r) => [r.key, r]));
    expect(byKey[groups.b]?.responses).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(byKey[groups.b]?.score).toEqual({ suppressed: true, reason: "fewer-than-k", k: 5 });
    expect(byKey[groups.a]?.score).toEqual({ suppressed: true, reason: "complementary", k: 5 });
    expect(byKey[groups.c]?.score.suppressed).toBe(false);
    // Programme subtotals: Electrician (A + B, 7) and Chef (7) are both shown.
    expect(byKey["Electrician"]?.score).toMatchObject({ suppressed: false, n: 7 });
    expect(byKey["Chef"]?.score).toMatchObject({ suppressed: false, n: 7 });
    // Nothing of a hidden row carries a number.
    const a = byKey[groups.a];
    expect(JSON.stringify([a?.responses, a?.score])).not.toMatch(/"(n|mean|responses|rate)":/);
  });

  it("refuses the overlap attack: programme and group one student apart are not both shown", async () => {
    const programme = await getRoundResults(ctx, { roundId, programme: "Electrician" }, "en");
    const groupA = await getRoundResults(ctx, { roundId, groupId: groups.a }, "en");
    expect(programme.score).toMatchObject({ suppressed: false, n: 7 });
    // 58.5714 = (40 + 50 + 60 + 70 + 80 + 90 + 20) / 7.
    expect(programme.score.suppressed || programme.score.mean).toBeCloseTo(58.571429, 5);
    for (const figure of [
      groupA.responses,
      groupA.score,
      groupA.histogram,
      ...groupA.items.map((i) => i.figure),
    ]) {
      expect(figure.suppressed).toBe(true);
    }
  });

  it("gives a group's items, barriers and response rate as computed by hand", async () => {
    const results = await getRoundResults(ctx, { roundId, groupId: groups.c }, "en");
    expect(results.responses).toMatchObject({ responses: 7, expected: 12, rate: 7 / 12 });
    if (results.score.suppressed) throw new Error("expected C's score");
    // 30..100: mean 65, SD 23.9792, SE 9.0633, t(0.975, 6) = 2.4469; logit(0.65) = 0.61904,
    // SE 9.0633 / 22.75 = 0.39839, ± 0.97482 -> back 41.1983 .. 83.1158 (t: 42.82 .. 87.18).
    expect(results.score.mean).toBeCloseTo(65, 6);
    expect(results.score.ciLow).toBeCloseTo(41.198272, 3);
    expect(results.score.ciHigh).toBeCloseTo(83.115755, 3);
    const item = (key: string) => results.items.find((i) => i.key === key)?.figure;
    expect(item("bu_fit_in")).toEqual({ suppressed: false, n: 7, favourable: 3, share: 3 / 7 });
    expect(item("bu_not_belong")).toEqual({ suppressed: false, n: 7, favourable: 3, share: 3 / 7 });
    // Unanswered items have no respondents in any group: suppressed, not 0%.
    expect(item("school_friends")?.suppressed).toBe(true);
    const barriers = results.choices.find((c) => c.key === "barriers")?.figure;
    if (!barriers || barriers.suppressed) throw new Error("expected barriers");
    expect(barriers.n).toBe(6);
    expect(barriers.options.slice(0, 2).map((o) => [o.key, o.count, o.share])).toEqual([
      ["classmates", 3, 0.5],
      ["language", 2, 2 / 6],
    ]);
    expect(barriers.options[0]?.label).toBe("Classmates");
  });

  it("shows free text only for sets of at least 10, shuffled and without dates", async () => {
    const round = await getRoundResults(ctx, { roundId }, "en");
    const text = round.freeText.find((f) => f.key === "open_support")?.figure;
    if (!text || text.suppressed) throw new Error("expected the round's 14 texts");
    expect(text.texts).toHaveLength(14);
    expect(Object.keys(text).sort()).toEqual(["suppressed", "texts"]);
    const group = await getRoundResults(ctx, { roundId, groupId: groups.c }, "en");
    expect(group.freeText[0]?.figure).toEqual({ suppressed: true, reason: "fewer-than-k", k: 10 });
  });
});
