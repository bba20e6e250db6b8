// The results page shows a round's programme subtotals in full and its groups a page at a
// time: 200 groups in one table made a page of more than a megabyte. Paging only chooses which
// rows are shown; every figure is computed and suppressed for the whole round first.

/** Groups shown at a time in the breakdown and the trends table. */
export const GROUPS_PER_PAGE = 25;

export interface PagedRow {
  level: "group" | "programme" | "round";
}

export interface GroupPage<T> {
  /** The programme (and round) rows, then this page's groups, in their order. */
  rows: T[];
  /** 1-based; a page past the end shows the last one. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last group shown (0 and 0 with no groups). */
  first: number;
  last: number;
  groups: number;
}

/** One page of groups out of rows where group rows follow any subtotal rows. */
export function groupPage<T extends PagedRow>(
  rows: readonly T[],
  wanted: number,
  size: number = GROUPS_PER_PAGE,
): GroupPage<T> {
  const groups = rows.filter((row) => row.level === "group").length;
  const pages = Math.max(1, Math.ceil(groups / size));
  const page = Math.min(pages, Math.max(1, Number.isInteger(wanted) ? wanted : 1));
  const start = (page - 1) * size;
  let index = -1;
  const shown = rows.filter((row) => {
    if (row.level !== "group") return true;
    index += 1;
    return index >= start && index < start + size;
  });
  return {
    rows: shown,
    page,
    pages,
    first: groups === 0 ? 0 : start + 1,
    last: Math.min(groups, start + size),
    groups,
  };
}
