/**
 * CSV that opens correctly in the Excel of each of our languages (RFC 4180 otherwise): CRLF
 * line ends, UTF-8 with a byte-order mark (without it Excel reads the file as the system's
 * legacy code page and breaks æ, õ, é). Excel splits fields on the list separator of the
 * system's region: a comma in English, a semicolon where the decimal mark is a comma (Danish,
 * Dutch, Norwegian, Estonian, French), so those files use `;` and write 61,5 for 61.5.
 *
 * Formula injection: a text cell is text that anyone could type (group names, round names,
 * answers), and a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return, or their full-width forms) as a formula. Such a start gets a ' in front, and so does
 * every such start after a `,`, `;` or line break inside a cell: a file opened with the other
 * separator, or split by hand, must not turn `PB;=1+1` into a formula either. Cells holding
 * either separator are always quoted. Numbers stay numbers, so a negative change still sums.
 */
import type { Locale } from "@/i18n/locales";

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvDialect {
  /** Between fields: what that locale's Excel splits on. */
  separator: "," | ";";
  /** The decimal mark of numbers. */
  decimal: "." | ",";
}

export const CSV_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const COMMA: CsvDialect = { separator: ",", decimal: "." };
const SEMICOLON: CsvDialect = { separator: ";", decimal: "," };

/** Regions whose Excel uses a decimal comma and so separates list items with `;`. */
const DIALECTS: Record<Locale, CsvDialect> = {
  en: COMMA,
  da: SEMICOLON,
  nl: SEMICOLON,
  nb: SEMICOLON,
  et: SEMICOLON,
  fr: SEMICOLON,
};

export function csvDialect(locale: Locale): CsvDialect {
  return DIALECTS[locale];
}

// What a spreadsheet may read as the start of a formula, also in full-width forms (＝ ＋ － ＠).
const FORMULA_CHARS = "=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20";
// At the start of the cell, or after a separator or line break, after optional spaces.
const FORMULA_START = new RegExp(`(?<=^|[,;\\r\\n])[ \\u00A0]*(?=[${FORMULA_CHARS}])`, "gu");
const NEEDS_QUOTES = /[",;\r\n\t]|^\s|\s$/;

function neutralise(text: string): string {
  return text.replace(FORMULA_START, (spaces) => `${spaces}'`);
}

function number(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return "";
  const text = String(value);
  return dialect.decimal === "," ? text.replace(".", ",") : text;
}

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvCell, dialect: CsvDialect): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return number(value, dialect);
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutralise(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, with its CRLF. */
export function csvLine(cells: readonly CsvCell[], dialect: CsvDialect): string {
  return `${cells.map((cell) => csvCell(cell, dialect)).join(dialect.separator)}\r\n`;
}

/** A whole file: the byte-order mark, then every line. */
export function toCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  return CSV_BOM + rows.map((row) => csvLine(row, dialect)).join("");
}

/**
 * A download's file name from its parts, in any script ("belong-results-DEMO01-Élèves-1A.csv"):
 * letters, digits, - and _ kept, anything else (separators of paths, quotes, control
 * characters) made a -. The header writes it for old browsers too (see contentDisposition).
 */
export function csvFileName(...parts: string[]): string {
  const joined = parts
    .map((part) => part.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}_-]+/gu, "-"))
    .join("-")
    .replace(/-+/g, "-");
  // At most 120 characters (whole code points), so the header stays well under limits.
  const stem = Array.from(joined).slice(0, 120).join("").replace(/^-|-$/g, "");
  return `${stem || "export"}.csv`;
}
