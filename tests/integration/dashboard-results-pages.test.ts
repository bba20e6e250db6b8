// The results page's loader with more groups than one page shows: the groups' table and the
// trends show the page asked for, the programme subtotals stay whole, and paging changes no
// figure (every figure is computed and suppressed for the whole round first).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GROUPS_PER_PAGE } from "@/features/dashboard/domain/group-pages";
import { resultsSearchSchema } from "@/features/dashboard/schemas";
import { getRoundResults } from "@/features/dashboard/server/get-round-results";
import { loadResultsPage } from "@/features/dashboard/server/results-page-data";
import type { StaffContext } from "@/features/access/server";
import { addResponses, closedWindow } from "../support/dashboard";
import { createGroup, createInstitution, createRound, createStaff } from "../support/factories";

vi.mock("next/headers", () => import("../support/cookie-jar"));

const GROUPS = GROUPS_PER_PAGE + 5;
let ctx: StaffContext;
let roundId: string;

beforeAll(async () => {
  const school = await createInstitution({ minGroupSize: 5 });
  const coordinator = await createStaff(school.id, "COORDINATOR");
  ctx = { userId: coordinator.id, institutionId: school.id, role: "COORDINATOR" };
  const groups = [];
  for (let i = 0; i < GROUPS; i++) {
    groups.push(
      await createGroup(school.id, {
        name: `Group ${String(i + 1).padStart(2, "0")}`,
        programme: i % 2 === 0 ? "Electrician" : "Chef",
        expectedSize: 10,
      }),
    );
  }
  const round = await createRound(school.id, {
    ...closedWindow(),
    groupIds: groups.map((g) => g.id),
  });
  roundId = round.id;
  // Every group answers; one in three is under k (suppressed, with complements).
  for (const [i, group] of groups.entries()) {
    const scores = i % 3 === 0 ? [40, 60] : [30, 45, 55, 65, 80, 90];
    await addResponses(school.id, roundId, group.id, scores);
  }
}, 120_000);

const search = (groupPage?: number) =>
  resultsSearchSchema.parse({ round: roundId, groupPage: groupPage?.toString() });

describe("the results page with more groups than a page", () => {
  it("shows one page of groups, every programme subtotal, and the trends of the same groups", async () => {
    const first = await loadResultsPage(ctx, search(), "en");
    const groupRows = first.breakdown.rows.filter((r) => r.level === "group");
    expect(groupRows).toHaveLength(GROUPS_PER_PAGE);
    expect(first.breakdown).toMatchObject({ page: 1, pages: 2, first: 1, groups: GROUPS });
    expect(first.breakdown.rows.filter((r) => r.level === "programme")).toHaveLength(2);
    const trendGroups = first.trends.series.filter((s) => s.level === "group").map((s) => s.key);
    expect(new Set(trendGroups)).toEqual(new Set(groupRows.map((r) => r.key)));

    const second = await loadResultsPage(ctx, search(2), "en");
    expect(second.breakdown.rows.filter((r) => r.level === "group")).toHaveLength(5);
    expect(second.breakdown).toMatchObject({ first: GROUPS_PER_PAGE + 1, last: GROUPS });
  });

  it("shows every row exactly as the whole round's results do", async () => {
    const whole = await getRoundResults(ctx, { roundId }, "en");
    const pages = [
      await loadResultsPage(ctx, search(1), "en"),
      await loadResultsPage(ctx, search(2), "en"),
    ];
    const shown = new Map(
      pages.flatMap((p) => p.breakdown.rows).map((r) => [`${r.level}:${r.key}`, r]),
    );
    expect(shown.size).toBe(whole.breakdown.length);
    for (const row of whole.breakdown) expect(shown.get(`${row.level}:${row.key}`)).toEqual(row);
    expect(whole.breakdown.some((r) => r.responses.suppressed)).toBe(true);
  });

  it("shows the last page for a page past the end", async () => {
    const past = await loadResultsPage(ctx, search(9), "en");
    expect(past.breakdown.page).toBe(2);
  });
});
