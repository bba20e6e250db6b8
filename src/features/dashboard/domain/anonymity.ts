import { assertCount } from "./statistics";

/**
 * Anonymity rules for every figure the dashboards and exports show. No figure may describe
 * fewer than k respondents, directly or by subtracting one shown figure from another. The SQL
 * layer aggregates first, then passes its rows through these functions before anything leaves
 * the server; a suppressed figure carries no numbers at all, only the threshold.
 */

export const DEFAULT_MIN_GROUP_SIZE = 5;
/** However an institution sets k, results never describe fewer than 3 respondents. */
export const MIN_GROUP_SIZE_FLOOR = 3;
/** Free-text answers need more cover than numbers: what someone writes can identify them. */
export const FREE_TEXT_MIN = 10;

export type SuppressionReason =
  /** The figure's own set has fewer than k respondents. */
  | "fewer-than-k"
  /** Shown, it would let someone recover a small set's figure by subtraction. */
  | "complementary"
  /** It overlaps a shown set and differs from it by 1..k-1 respondents. */
  | "small-difference"
  /** The group has more responses than students: made-up answers may hide among them. */
  | "padding"
  /** The group has no expected size, so made-up answers could not be noticed. */
  | "size-unknown"
  /** The round is still open: its figures appear, once, when it closes. */
  | "round-open"
  /** A week inside the date window has 1..k-1: windows differing by it would give it away. */
  | "small-window";

export interface Suppressed {
  suppressed: true;
  reason: SuppressionReason;
  /** The threshold, so the UI can say "fewer than {k} responses". */
  k: number;
}

export type Shown<T> = T & { suppressed: false };
export type Suppressible<T> = Shown<T> | Suppressed;

/** The institution's k, made safe: default 5 when unset, whole, and never below 3. */
export function minGroupSize(setting?: number | null): number {
  if (setting === null || setting === undefined || Number.isNaN(setting)) {
    return DEFAULT_MIN_GROUP_SIZE;
  }
  return Math.max(MIN_GROUP_SIZE_FLOOR, Math.ceil(setting));
}

/** A figure computed from n respondents: shown only when n >= k. */
export function suppress<T extends { n: number }>(figure: T, k: number): Suppressible<T> {
  const threshold = minGroupSize(k);
  assertCount(figure.n);
  if (figure.n < threshold) return { suppressed: true, reason: "fewer-than-k", k: threshold };
  return { ...figure, suppressed: false };
}

// --- Tables: primary and complementary suppression ----------------------------------------

/** One row of an aggregated table: a group (or band, programme...) with its respondents. */
export interface TableRow {
  key: string;
  n: number;
  /** Hidden whatever its n (padding, unknown size): protected like a row under k. */
  hidden?: SuppressionReason;
}

export type SuppressedRow = Suppressed & { key: string };
export type TableCell<T extends TableRow> = Shown<T> | SuppressedRow;

export interface SuppressionOptions {
  k: number;
  /**
   * Respondents of the parent (e.g. the whole round), when it is shown and may include
   * respondents in no row. Omitted: the sum of the rows, since a total is always derivable.
   */
  total?: number;
}

/**
 * Suppresses the rows of a breakdown whose parent total is shown. Rows with n < k go first.
 * Then, because parent - shown rows = hidden rows + respondents in no row, hidden rows are
 * added (the next smallest first, to lose as little as possible) until that recoverable
 * remainder is either empty or holds at least k respondents. One hidden row alone is never
 * enough, and neither are two rows of 1 and 1 when k = 5. In the worst case the whole
 * breakdown is hidden. Rows keep their input order; keys must be unique.
 */
export function applySuppression<T extends TableRow>(
  table: readonly T[],
  options: SuppressionOptions,
): TableCell<T>[] {
  const k = minGroupSize(options.k);
  const keys = new Set<string>();
  let rowsN = 0;
  for (const row of table) {
    assertCount(row.n);
    if (keys.has(row.key)) throw new RangeError(`Row "${row.key}" appears twice`);
    keys.add(row.key);
    rowsN += row.n;
  }
  const total = options.total ?? rowsN;
  assertCount(total);
  if (total < rowsN) {
    // Rows that add up to more than the parent overlap: subtraction needs safeDifference.
    throw new RangeError(`Rows hold ${rowsN} respondents, more than the total of ${total}`);
  }

  const hidden = new Map<string, SuppressionReason>();
  let recoverable = total - rowsN;
  for (const row of table) {
    if (row.hidden || row.n < k) {
      hidden.set(row.key, row.hidden ?? "fewer-than-k");
      recoverable += row.n;
    }
  }
  const candidates = table.filter((row) => !hidden.has(row.key)).sort((a, b) => a.n - b.n);
  for (const row of candidates) {
    if (recoverable === 0 || recoverable >= k) break;
    hidden.set(row.key, "complementary");
    recoverable += row.n;
  }

  return table.map((row): TableCell<T> => {
    const reason = hidden.get(row.key);
    if (reason) return { key: row.key, suppressed: true, reason, k };
    const shown: T = { ...row };
    delete shown.hidden; // internal to the decision, not part of a shown row
    return { ...shown, suppressed: false };
  });
}

// --- Overlapping sets ----------------------------------------------------------------------

/** The respondents behind a figure, by pseudonymous id. */
export type RespondentSet = ReadonlySet<string> | readonly string[];

export type DifferenceCheck = { safe: true } | (Suppressed & { safe: false });

/**
 * Whether figures for two overlapping sets may both be shown. "All of programme X" next to
 * "programme X without group Y" gives away group Y by subtraction; when Y is 1..k-1 students,
 * that is a figure about fewer than k. Equal sets (difference 0) are safe.
 */
export function safeDifference(
  setA: RespondentSet,
  setB: RespondentSet,
  k: number,
): DifferenceCheck {
  const a = new Set(setA);
  const b = new Set(setB);
  let overlap = 0;
  for (const id of a) if (b.has(id)) overlap += 1;
  return safeDifferenceOfCounts({ sizeA: a.size, sizeB: b.size, overlap }, k);
}

/** The same check from counts, when SQL has counted |A|, |B| and |A ∩ B|. */
export function safeDifferenceOfCounts(
  counts: { sizeA: number; sizeB: number; overlap: number },
  k: number,
): DifferenceCheck {
  const threshold = minGroupSize(k);
  const { sizeA, sizeB, overlap } = counts;
  [sizeA, sizeB, overlap].forEach(assertCount);
  if (overlap > Math.min(sizeA, sizeB)) {
    throw new RangeError(`Overlap ${overlap} is larger than a set (${sizeA}, ${sizeB})`);
  }
  const small = (difference: number) => difference > 0 && difference < threshold;
  if (small(sizeA - overlap) || small(sizeB - overlap)) {
    return { safe: false, suppressed: true, reason: "small-difference", k: threshold };
  }
  return { safe: true };
}

/**
 * For a view with several overlapping sets (filters), in priority order: each set is shown
 * when it has at least k respondents and is a safe difference from every set shown before it.
 */
export function selectShowableSets<T extends { key: string; respondents: RespondentSet }>(
  sets: readonly T[],
  k: number,
): { key: string; result: Suppressed | { suppressed: false } }[] {
  const threshold = minGroupSize(k);
  const shown: RespondentSet[] = [];
  return sets.map(({ key, respondents }) => {
    const size = new Set(respondents).size;
    if (size < threshold) {
      return { key, result: { suppressed: true, reason: "fewer-than-k", k: threshold } };
    }
    if (shown.some((other) => !safeDifference(respondents, other, threshold).safe)) {
      return { key, result: { suppressed: true, reason: "small-difference", k: threshold } };
    }
    shown.push(respondents);
    return { key, result: { suppressed: false } };
  });
}

// --- Free text -----------------------------------------------------------------------------

/** Free text needs at least 10 answers, and never fewer than the institution's k. */
export function freeTextMinimum(k?: number | null): number {
  return Math.max(FREE_TEXT_MIN, minGroupSize(k));
}

/** n is the number of non-blank answers; a minimum below 10 is raised to 10. */
export function canShowFreeText(n: number, minFreeText: number = FREE_TEXT_MIN): boolean {
  assertCount(n);
  return n >= Math.max(FREE_TEXT_MIN, minFreeText);
}

/** Fisher-Yates; random returns [0, 1) like Math.random and is injectable for tests. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    // min() guards a random() that returns exactly 1.
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    // Both indexes are in bounds; the casts only satisfy noUncheckedIndexedAccess.
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}

/**
 * Free-text answers ready to show: only the texts (no time stamps, ids or any other column,
 * whatever the rows carry), shuffled so their order says nothing about who answered when.
 * Blank answers are skipped and do not count towards the minimum.
 */
export function freeTextForDisplay(
  answers: readonly { text: string }[],
  options: { minFreeText?: number; random?: () => number } = {},
): { suppressed: false; texts: string[] } | Suppressed {
  const texts = answers.map((answer) => answer.text.trim()).filter((text) => text !== "");
  const minimum = Math.max(FREE_TEXT_MIN, options.minFreeText ?? FREE_TEXT_MIN);
  if (!canShowFreeText(texts.length, minimum)) {
    return { suppressed: true, reason: "fewer-than-k", k: minimum };
  }
  return { suppressed: false, texts: shuffle(texts, options.random) };
}
