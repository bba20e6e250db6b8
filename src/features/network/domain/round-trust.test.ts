import { describe, expect, it } from "vitest";
import { expectedOfRound, roundPadded } from "./round-trust";

describe("a round's answers in no group", () => {
  it("count while they fit in the places the trusted groups leave", () => {
    const groups = [
      { expectedSize: 10, responses: 6 },
      { expectedSize: 5, responses: 5 },
    ];
    expect(roundPadded(groups, 0)).toBe(false);
    expect(roundPadded(groups, 4)).toBe(false);
    expect(roundPadded(groups, 5)).toBe(true);
  });

  it("find no places in a padded group or one without a size", () => {
    // Padded (4 answers, 3 students) and unsized groups leave no room for answers in no group.
    const groups = [
      { expectedSize: 3, responses: 4 },
      { expectedSize: null, responses: 0 },
    ];
    expect(roundPadded(groups, 1)).toBe(true);
  });
});

describe("a round's expected size", () => {
  it("is the sum of its groups' sizes, unknown when any is missing or there are none", () => {
    expect(
      expectedOfRound([
        { expectedSize: 10, responses: 0 },
        { expectedSize: 12, responses: 3 },
      ]),
    ).toBe(22);
    expect(
      expectedOfRound([
        { expectedSize: 10, responses: 0 },
        { expectedSize: null, responses: 3 },
      ]),
    ).toBeNull();
    expect(expectedOfRound([])).toBeNull();
  });
});
