import { describe, expect, it } from "vitest";
import { groupPage } from "./group-pages";

const programme = (name: string) => ({ level: "programme" as const, name });
const group = (i: number) => ({ level: "group" as const, name: `Group ${i}` });
const rows = [
  programme("A"),
  programme("B"),
  ...Array.from({ length: 60 }, (_, i) => group(i + 1)),
];

describe("groupPage", () => {
  it("keeps every subtotal and shows the groups of the page asked for", () => {
    const second = groupPage(rows, 2, 25);
    expect(second.rows.filter((r) => r.level === "programme")).toHaveLength(2);
    expect(second.rows.filter((r) => r.level === "group").map((r) => r.name)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Group ${i + 26}`),
    );
    expect(second).toMatchObject({ page: 2, pages: 3, first: 26, last: 50, groups: 60 });
  });

  it("shows the last, shorter page, and the nearest page for one out of range", () => {
    expect(groupPage(rows, 3, 25)).toMatchObject({ first: 51, last: 60 });
    expect(groupPage(rows, 99, 25).page).toBe(3);
    expect(groupPage(rows, 0, 25).page).toBe(1);
    expect(groupPage(rows, Number.NaN, 25).page).toBe(1);
  });

  it("is one page when the groups fit, and says so for no groups at all", () => {
    expect(groupPage(rows.slice(0, 12), 1, 25)).toMatchObject({ pages: 1, first: 1, last: 10 });
    expect(groupPage([programme("A")], 1, 25)).toMatchObject({ pages: 1, first: 0, last: 0 });
  });
});
