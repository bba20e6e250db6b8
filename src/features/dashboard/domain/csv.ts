/**
 * CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, UTF-8 with a byte-order
 * mark so Excel reads the accents of Danish, Estonian or French text correctly.
 *
 * A text cell that starts with = + - @, a tab or a carriage return is prefixed with ' : a
 * spreadsheet would otherwise run it as a formula (CSV injection), and text in exports comes
 * from group names and survey answers that anyone can type. Numbers stay numbers, so a negative
 * change still sorts and sums as one.
 */

export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, with its CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A whole file: the byte-order mark, then every line. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map(csvLine).join("");
}

/** A file name safe in a Content-Disposition header: letters, digits, - and _ only. */
export function csvFileName(...parts: string[]): string {
  const stem = parts
    .map((part) =>
      part
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .replace(/[^\w-]+/g, "-"),
    )
    .join("-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return `${stem || "export"}.csv`;
}
