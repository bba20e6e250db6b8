// Attacks by a curious staff member who combines views, moments and public round codes: each
// test runs the attack against what the dashboards show and asserts it recovers nothing about
// fewer than k students (docs/anonymity.md names the class each one stands for).
import { describe, expect, it } from "vitest";
import { getBeforeAfter, getRoundResults, type RoundResults } from "@/features/dashboard/server";
import type { StaffContext } from "@/features/access/server";
import { submitSurveyResponse } from "@/features/survey/server";
import { loadStaffRounds } from "@/features/survey/server/staff-rounds";
import { getDb } from "@/lib/db";
import { addResponse, addResponses, closedWindow } from "../support/dashboard";
import { createGroup, createInstitution, createRound, createStaff } from "../support/factories";
import { HIGH_ANSWERS, LOW_ANSWERS, body, participant } from "../support/survey";

async function school(minGroupSize = 5) {
  const institution = await createInstitution({ minGroupSize });
  const staff = await createStaff(institution.id, "ADMIN");
  const ctx: StaffContext = { userId: staff.id, institutionId: institution.id, role: "ADMIN" };
  return { id: institution.id, ctx };
}

/** n · mean of a shown score, or undefined when hidden. */
function scoreSum(results: RoundResults): { n: number; sum: number } | undefined {
  return results.score.suppressed
    ? undefined
    : { n: results.score.n, sum: results.score.n * results.score.mean };
}

function texts(results: RoundResults): string[] {
  const figure = results.freeText.find((f) => f.key === "open_support")?.figure;
  return figure && !figure.suppressed ? [...figure.texts].sort() : [];
}

async function closeNow(roundId: string) {
  const db = await getDb();
  await db.surveyRound.update({
    where: { id: roundId },
    data: { closesAt: new Date(Date.now() - 1000) },
  });
}

describe("moving a group to another programme", () => {
  it("changes no figure and shows none of the group's free text", async () => {
    const s = await school();
    const a = await createGroup(s.id, { name: "A", programme: "Plumbing", expectedSize: 20 });
    const g = await createGroup(s.id, { name: "G", programme: "Plumbing", expectedSize: 3 });
    const b = await createGroup(s.id, { name: "B", programme: "Carpentry", expectedSize: 20 });
    const round = await createRound(s.id, { ...closedWindow(), groupIds: [a.id, g.id, b.id] });
    const say = (who: string) => (i: number) => ({ open_support: `${who} says ${i}` });
    await addResponses(s.id, round.id, a.id, [50, 52, 54, 56, 58, 60, 62, 64, 66, 68], say("A"));
    await addResponses(s.id, round.id, g.id, [11, 17, 27], say("G"));
    await addResponses(s.id, round.id, b.id, [70, 71, 72, 73, 74, 75, 76, 77, 78, 79], say("B"));
    const carpentry = { roundId: round.id, programme: "Carpentry" };
    const before = await getRoundResults(s.ctx, carpentry, "en");

    const db = await getDb();
    await db.group.update({ where: { id: g.id }, data: { programme: "Carpentry" } });
    const after = await getRoundResults(s.ctx, carpentry, "en");

    const [x, y] = [scoreSum(before), scoreSum(after)];
    expect(x).toBeDefined();
    // Whatever is shown after the move, subtracting it from before gives nothing.
    expect(y === undefined || (y.n === x!.n && Math.abs(y.sum - x!.sum) < 1e-9)).toBe(true);
    expect(texts(after).some((t) => t.startsWith("G says"))).toBe(false);
    expect(texts(after)).toEqual(texts(before));
    // The group still counts where it answered, and a new round sees it where it is now.
    const plumbing = await getRoundResults(
      s.ctx,
      { roundId: round.id, programme: "Plumbing" },
      "en",
    );
    expect(plumbing.score).toMatchObject({ suppressed: false, n: 13 });
  });
});

describe("before/after next to both rounds' figures", () => {
  it("gives no new student's score by follow-up total - baseline total - paired change", async () => {
    const s = await school();
    const g = await createGroup(s.id, { name: "G", programme: "Chef", expectedSize: 20 });
    const baseline = await createRound(s.id, { ...closedWindow(60), groupIds: [g.id] });
    const followUp = await createRound(s.id, {
      ...closedWindow(1),
      kind: "FOLLOW_UP",
      groupIds: [g.id],
    });
    const db = await getDb();
    await db.surveyRound.update({ where: { id: followUp.id }, data: { baselineId: baseline.id } });
    const students = await addResponses(s.id, baseline.id, g.id, [40, 45, 50, 55, 60, 65]);
    for (const [i, participantId] of students.entries()) {
      await addResponse(s.id, followUp.id, { groupId: g.id, participantId, score: 50 + i * 3 });
    }
    const newcomer = 12; // the one score the attack is after
    await addResponse(s.id, followUp.id, { groupId: g.id, score: newcomer });

    const scope = { roundId: followUp.id };
    const change = await getBeforeAfter(s.ctx, scope);
    const after = scoreSum(await getRoundResults(s.ctx, scope, "en"));
    const before = scoreSum(await getRoundResults(s.ctx, { roundId: baseline.id }, "en"));
    let recovered: number | undefined;
    if (change && !change.change.suppressed && change.change.change.paired && after && before) {
      const paired = change.change.change;
      recovered = after.sum - before.sum - paired.n * (paired.meanDifference ?? 0);
    }
    expect(recovered).toBeUndefined();
    // Still useful: the two rounds are compared as they are.
    expect(change?.change).toMatchObject({ suppressed: false, change: { paired: false } });
  });
});

describe("reading an open round before and after one more answer", () => {
  it("shows no figure that moves by one answer; the figures appear when it closes", async () => {
    const s = await school();
    const g = await createGroup(s.id, { name: "G", programme: "Chef", expectedSize: 30 });
    const round = await createRound(s.id, { groupIds: [g.id] });
    await addResponses(s.id, round.id, g.id, [50, 55, 60, 65, 70, 75, 80, 85, 90, 95], (i) => ({
      open_support: `text ${i}`,
    }));
    const first = await getRoundResults(s.ctx, { roundId: round.id }, "en");
    await addResponse(s.id, round.id, {
      groupId: g.id,
      score: 3,
      answers: { open_support: "the late one" },
    });
    const second = await getRoundResults(s.ctx, { roundId: round.id }, "en");
    const [x, y] = [scoreSum(first), scoreSum(second)];
    const recovered = x && y && y.n - x.n < 5 ? y.sum - x.sum : undefined;
    expect(recovered).toBeUndefined();
    expect(texts(second)).not.toContain("the late one");
    expect(second.score).toMatchObject({ suppressed: true, reason: "round-open" });
    // How many answered may be followed while it is open.
    expect(second.responses).toMatchObject({ suppressed: false, responses: 11 });

    await closeNow(round.id);
    const closed = await getRoundResults(s.ctx, { roundId: round.id }, "en");
    expect(closed.score).toMatchObject({ suppressed: false, n: 11 });
  });
});

describe("the rounds page", () => {
  it("says 'fewer than k' for a round under k, never the count", async () => {
    const s = await school();
    const g = await createGroup(s.id, { name: "G", expectedSize: 20 });
    const small = await createRound(s.id, { groupIds: [g.id] });
    const big = await createRound(s.id, { groupIds: [g.id] });
    await addResponses(s.id, small.id, g.id, [10, 20, 30]);
    await addResponses(s.id, big.id, g.id, [10, 20, 30, 40, 50, 60]);
    const page = await loadStaffRounds(s.ctx, "en");
    const row = (id: string) => page.rounds.find((r) => r.id === id)?.responses;
    expect(row(small.id)).toEqual({ exact: false, fewerThan: 5 });
    expect(row(big.id)).toEqual({ exact: true, n: 6 });
  });
});

describe("made-up answers through a public round code (padding)", () => {
  async function padded(expectedSize: number | undefined) {
    const s = await school();
    const db = await getDb();
    const g = await createGroup(s.id, { name: "G", programme: "Chef", expectedSize: 20 });
    const small = await createGroup(s.id, { name: "S", programme: "Chef", expectedSize: 20 });
    if (expectedSize === undefined) {
      await db.group.update({ where: { id: small.id }, data: { expectedSize: null } });
    } else {
      await db.group.update({ where: { id: small.id }, data: { expectedSize } });
    }
    const round = await createRound(s.id, { groupIds: [g.id, small.id] });
    await addResponses(s.id, round.id, g.id, [60, 61, 62, 63, 64, 65, 66, 67, 68, 69]);
    const submit = async (answers: typeof HIGH_ANSWERS, text: string) => {
      const p = await participant(s.id);
      const b = body(round.code, { ...answers, open_support: text }, { groupId: small.id });
      await submitSurveyResponse(b, p.resolve);
    };
    for (let i = 0; i < 3; i++) await submit(LOW_ANSWERS, `real student ${i}`);
    for (let i = 0; i < 7; i++) await submit(HIGH_ANSWERS, `made up ${i}`);
    await closeNow(round.id);
    const group = await getRoundResults(s.ctx, { roundId: round.id, groupId: small.id }, "en");
    const programme = await getRoundResults(s.ctx, { roundId: round.id, programme: "Chef" }, "en");
    const whole = await getRoundResults(s.ctx, { roundId: round.id }, "en");
    return { group, programme, whole };
  }

  it.each([
    ["more answers than students", 3, "padding"],
    ["no expected size", undefined, "size-unknown"],
  ] as const)("hides the group and counts none of its answers: %s", async (_, size, reason) => {
    const { group, programme, whole } = await padded(size);
    expect(group.score).toMatchObject({ suppressed: true, reason });
    expect(texts(group)).toEqual([]);
    // The other group's 10 are all the programme and the round count: fakes add nothing.
    for (const view of [programme, whole]) {
      expect(view.score).toMatchObject({ suppressed: false, n: 10 });
      expect(texts(view).some((t) => t.startsWith("real student"))).toBe(false);
    }
  });
});
