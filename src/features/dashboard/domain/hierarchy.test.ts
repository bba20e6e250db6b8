import { describe, expect, it } from "vitest";
import { decideVisibility, inScope, visibilityOf, type GroupCount } from "./hierarchy";

const shown = { suppressed: false };
const hidden = (reason: string, k = 5) => ({ suppressed: true, reason, k });

/** Every difference a viewer can compute: a shown set minus its shown children. */
function recoverableRemainders(counts: GroupCount[], k: number): number[] {
  const decision = decideVisibility(counts, k);
  const remainders: number[] = [];
  const programmes = [...new Set(counts.filter((c) => c.groupId).map((c) => c.programme))];
  const sum = (rows: GroupCount[]) => rows.reduce((s, r) => s + r.n, 0);
  if (!decision.round.suppressed) {
    const shownProgrammes = programmes.filter((p) => !decision.programme(p).suppressed);
    const covered = sum(counts.filter((c) => c.groupId && shownProgrammes.includes(c.programme)));
    remainders.push(sum(counts) - covered);
  }
  for (const p of programmes) {
    if (decision.programme(p).suppressed) continue;
    const groups = counts.filter((c) => c.groupId && c.programme === p);
    const shownGroups = groups.filter((g) => !decision.group(g.groupId!).suppressed);
    remainders.push(sum(groups) - sum(shownGroups));
  }
  return remainders;
}

describe("decideVisibility", () => {
  it("hides group A when programme X = A + B and B is one student (the overlap attack)", () => {
    // Programme X is groups A (10) and B (1); programme Y is C (12). "Programme X" and
    // "group A" are two overlapping sets whose difference is B's one student.
    const counts = [
      { groupId: "A", programme: "X", n: 10 },
      { groupId: "B", programme: "X", n: 1 },
      { groupId: "C", programme: "Y", n: 12 },
    ];
    const decision = decideVisibility(counts, 5);
    expect(decision.round).toEqual(shown);
    expect(decision.programme("X")).toEqual(shown);
    expect(decision.programme("Y")).toEqual(shown);
    expect(decision.group("B")).toEqual(hidden("fewer-than-k"));
    expect(decision.group("A")).toEqual(hidden("complementary"));
    expect(decision.group("C")).toEqual(shown);
    expect(recoverableRemainders(counts, 5).every((n) => n === 0 || n >= 5)).toBe(true);
  });

  it("hides a second programme when one is small, and that programme's groups with it", () => {
    const counts = [
      { groupId: "A", programme: "X", n: 3 },
      { groupId: "B", programme: "Y", n: 8 },
      { groupId: "C", programme: "Y", n: 7 },
      { groupId: "D", programme: "Z", n: 30 },
    ];
    const decision = decideVisibility(counts, 5);
    expect(decision.programme("X")).toEqual(hidden("fewer-than-k"));
    expect(decision.programme("Y")).toEqual(hidden("complementary"));
    expect(decision.programme("Z")).toEqual(shown);
    // B and C reach k, but showing them would give back programme Y, and so X by subtraction.
    expect(decision.group("B")).toEqual(hidden("complementary"));
    expect(decision.group("C")).toEqual(hidden("complementary"));
    expect(decision.group("D")).toEqual(shown);
    expect(recoverableRemainders(counts, 5).every((n) => n === 0 || n >= 5)).toBe(true);
  });

  it("treats respondents in no group as a hidden part of the round", () => {
    const counts = [
      { groupId: null, programme: "", n: 2 },
      { groupId: "A", programme: "X", n: 20 },
      { groupId: "B", programme: "Y", n: 9 },
    ];
    const decision = decideVisibility(counts, 5);
    // Round 31 - X 20 - Y 9 = 2: the smallest programme goes too.
    expect(decision.programme("Y")).toEqual(hidden("complementary"));
    expect(decision.programme("X")).toEqual(shown);
    expect(decision.group("A")).toEqual(shown);
    expect(decision.group("B")).toEqual(hidden("complementary"));
  });

  it("shows a one-group programme, equal to its group, and hides all under k", () => {
    const single = decideVisibility([{ groupId: "A", programme: "X", n: 6 }], 5);
    expect(single.round).toEqual(shown);
    expect(single.programme("X")).toEqual(shown);
    expect(single.group("A")).toEqual(shown);

    const small = decideVisibility(
      [
        { groupId: "A", programme: "X", n: 2 },
        { groupId: "B", programme: "X", n: 2 },
      ],
      5,
    );
    expect(small.round).toEqual(hidden("fewer-than-k"));
    expect(small.programme("X")).toEqual(hidden("fewer-than-k"));
    expect(small.group("A")).toEqual(hidden("fewer-than-k"));
  });

  it("clamps k to 3 and answers unknown sets as hidden", () => {
    const decision = decideVisibility([{ groupId: "A", programme: "X", n: 3 }], 1);
    expect(decision.group("A")).toEqual(shown);
    expect(decision.group("nope")).toEqual(hidden("fewer-than-k", 3));
    expect(decision.programme("nope")).toEqual(hidden("fewer-than-k", 3));
  });

  it("keeps every recoverable remainder at 0 or >= k on random round layouts", () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    for (let trial = 0; trial < 500; trial++) {
      const k = 3 + Math.floor(random() * 5);
      const counts: GroupCount[] = [];
      const groups = 1 + Math.floor(random() * 8);
      for (let g = 0; g < groups; g++) {
        counts.push({
          groupId: `g${g}`,
          programme: `p${Math.floor(random() * 3)}`,
          n: Math.floor(random() * 15),
        });
      }
      if (random() < 0.3)
        counts.push({ groupId: null, programme: "", n: Math.floor(random() * 4) });
      for (const n of recoverableRemainders(counts, k)) expect(n === 0 || n >= k).toBe(true);
    }
  });

  it("refuses a group listed twice", () => {
    expect(() =>
      decideVisibility(
        [
          { groupId: "A", programme: "X", n: 5 },
          { groupId: "A", programme: "X", n: 5 },
        ],
        5,
      ),
    ).toThrow(RangeError);
  });
});

describe("visibilityOf and inScope", () => {
  it("reads the decision for a scope and filters counts by scope", () => {
    const counts = [
      { groupId: "A", programme: "X", n: 10 },
      { groupId: "B", programme: "Y", n: 10 },
      { groupId: null, programme: "", n: 0 },
    ];
    const decision = decideVisibility(counts, 5);
    expect(visibilityOf(decision, { level: "group", groupId: "A" })).toEqual(shown);
    expect(visibilityOf(decision, { level: "programme", programme: "Y" })).toEqual(shown);
    expect(visibilityOf(decision, { level: "round" })).toEqual(shown);
    const x = { level: "programme", programme: "X" } as const;
    expect(counts.filter((c) => inScope(c, x)).map((c) => c.groupId)).toEqual(["A"]);
    expect(counts.filter((c) => inScope(c, { level: "round" }))).toHaveLength(3);
    expect(counts.filter((c) => inScope(c, { level: "group", groupId: "B" }))).toHaveLength(1);
  });
});
