import { describe, expect, it } from "vitest";
import { pickReportRounds, type ReportRound, type SharedRoundRef } from "./report-rounds";

const round = (
  id: string,
  institutionId: string,
  kind: ReportRound["kind"],
  extra: Partial<ReportRound> = {},
): ReportRound => ({ id, institutionId, kind, baselineId: null, networkRoundId: null, ...extra });

// The network's shared rounds, newest first: a follow-up of a shared baseline.
const shared: SharedRoundRef[] = [
  { id: "nF", kind: "FOLLOW_UP", baselineId: "nB" },
  { id: "nB", kind: "BASELINE", baselineId: null },
];
const pairOf = (picked: ReturnType<typeof pickReportRounds>, school: string) => {
  const p = picked.get(school);
  return p ? [p.baseline.id, p.followUp?.id ?? null] : undefined;
};

describe("the rounds the network report reads", () => {
  it("compares schools on the shared rounds they adopted, even when a later round of their own exists", () => {
    const rounds = [
      // School A ran a later round of its own after the shared pair.
      round("a-own-f", "A", "FOLLOW_UP", { baselineId: "a-own-b" }),
      round("a-own-b", "A", "BASELINE"),
      round("a-f", "A", "FOLLOW_UP", { baselineId: "a-b", networkRoundId: "nF" }),
      round("a-b", "A", "BASELINE", { networkRoundId: "nB" }),
      round("b-f", "B", "FOLLOW_UP", { baselineId: "b-b", networkRoundId: "nF" }),
      round("b-b", "B", "BASELINE", { networkRoundId: "nB" }),
    ];
    const picked = pickReportRounds(rounds, shared);
    expect(pairOf(picked, "A")).toEqual(["a-b", "a-f"]);
    expect(pairOf(picked, "B")).toEqual(["b-b", "b-f"]);
  });

  it("shows a school that adopted only the shared baseline on it, with its own follow-up of it", () => {
    const rounds = [
      round("a-f", "A", "FOLLOW_UP", { baselineId: "a-b", networkRoundId: "nF" }),
      round("c-own-f", "C", "FOLLOW_UP", { baselineId: "c-b" }),
      round("a-b", "A", "BASELINE", { networkRoundId: "nB" }),
      round("c-b", "C", "BASELINE", { networkRoundId: "nB" }),
      round("d-b", "D", "BASELINE", { networkRoundId: "nB" }),
    ];
    const picked = pickReportRounds(rounds, shared);
    expect(pairOf(picked, "C")).toEqual(["c-b", "c-own-f"]);
    expect(pairOf(picked, "D")).toEqual(["d-b", null]);
  });

  it("keeps a school that adopted nothing on its own latest rounds", () => {
    const rounds = [
      round("a-b", "A", "BASELINE", { networkRoundId: "nB" }),
      round("e-b2", "E", "BASELINE"),
      round("e-f", "E", "FOLLOW_UP", { baselineId: "e-b" }),
      round("e-b", "E", "BASELINE"),
      round("f-b", "F", "BASELINE"),
    ];
    const picked = pickReportRounds(rounds, shared);
    expect(pairOf(picked, "A")).toEqual(["a-b", null]);
    expect(pairOf(picked, "E")).toEqual(["e-b", "e-f"]);
    expect(pairOf(picked, "F")).toEqual(["f-b", null]);
    expect(pickReportRounds(rounds, [])).toEqual(
      new Map([
        ["A", { baseline: rounds[0], followUp: null }],
        ["E", { baseline: rounds[3], followUp: rounds[2] }],
        ["F", { baseline: rounds[4], followUp: null }],
      ]),
    );
  });

  it("does not pair a shared follow-up with a baseline that is not the shared one", () => {
    const rounds = [
      round("g-f", "G", "FOLLOW_UP", { baselineId: "g-own", networkRoundId: "nF" }),
      round("g-own", "G", "BASELINE"),
    ];
    expect(pairOf(pickReportRounds(rounds, shared), "G")).toEqual(["g-own", "g-f"]);
    expect(pickReportRounds(rounds, shared).get("G")?.baseline.networkRoundId).toBeNull();
  });
});
