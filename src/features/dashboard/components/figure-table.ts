/**
 * The cell styles of the results tables, set once on the table instead of on every cell: the
 * page of a round with many groups is mostly table cells, and each class repeated per cell was
 * sent twice (in the HTML and in the page's React payload). Cells add only what differs.
 */
export const FIGURE_TABLE =
  "w-full border-collapse text-left [&_td]:px-3 [&_td]:py-2 [&_td]:text-right [&_td]:tabular-nums " +
  "[&_th]:px-3 [&_th]:py-2 [&_tbody_tr]:border-t [&_tbody_tr]:border-line " +
  "[&_small]:block [&_small]:text-sm [&_small]:text-muted";
