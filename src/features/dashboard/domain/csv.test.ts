import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { CSV_BOM, csvCell, csvDialect, csvFileName, csvLine, toCsv, type CsvDialect } from "./csv";

const en = csvDialect("en");
const da = csvDialect("da");
const DIALECTS: [string, CsvDialect][] = [
  ["comma", en],
  ["semicolon", da],
];
const DANGEROUS = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];

/** Splits a line the way a spreadsheet does with `separator`, honouring quotes. */
function fields(line: string, separator: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

/** Whether any field a spreadsheet would see, split on either separator, starts a formula. */
function opensAFormula(text: string): boolean {
  return [",", ";"].some((separator) =>
    fields(text, separator).some((field) =>
      field.split(/\r\n|\r|\n/).some((part) => /^[ \u00A0]*[=+\-@\t\r＝＋－＠]/.test(part)),
    ),
  );
}

describe("csvDialect", () => {
  it("uses ; and a decimal comma where Excel does, and , with a point in English", () => {
    expect(csvDialect("en")).toEqual({ separator: ",", decimal: "." });
    for (const locale of ["da", "nl", "nb", "et", "fr"] as const) {
      expect(csvDialect(locale)).toEqual({ separator: ";", decimal: "," });
    }
    expect(locales.every((locale) => csvDialect(locale))).toBe(true);
  });
});

describe("csvCell", () => {
  it.each(DIALECTS)("puts a ' before every dangerous start (%s)", (_name, dialect) => {
    for (const start of DANGEROUS) {
      const cell = csvCell(`${start}1+1`, dialect);
      expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
      expect(opensAFormula(cell)).toBe(false);
    }
    expect(csvCell('=HYPERLINK("http://x")', dialect)).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("  =1+1", dialect)).toBe('"  \'=1+1"');
    expect(csvCell("fine = fine", dialect)).toBe("fine = fine");
  });

  it.each(DIALECTS)("neutralises a formula after either separator (%s)", (_name, dialect) => {
    for (const start of DANGEROUS) {
      for (const text of [`PB;${start}1+1`, `PB,${start}1+1`, `PB; ${start}1`, `a\n${start}1`]) {
        const cell = csvCell(text, dialect);
        expect(cell.startsWith('"')).toBe(true);
        expect(opensAFormula(cell), JSON.stringify(cell)).toBe(false);
      }
    }
    expect(csvCell("PB;=1+1", dialect)).toBe('"PB;\'=1+1"');
  });

  it.each(DIALECTS)("quotes separators, quotes, line breaks and edge spaces (%s)", (_n, d) => {
    expect(csvCell("a,b", d)).toBe('"a,b"');
    expect(csvCell("a;b", d)).toBe('"a;b"');
    expect(csvCell('say "hi"', d)).toBe('"say ""hi"""');
    expect(csvCell("two\nlines", d)).toBe('"two\nlines"');
    expect(csvCell("two\r\nlines", d)).toBe('"two\r\nlines"');
    expect(csvCell(" padded", d)).toBe('" padded"');
    expect(csvCell("plain", d)).toBe("plain");
    expect(csvCell("Sosial- og helsearbeider, Tõnu, Émile", d)).toBe(
      '"Sosial- og helsearbeider, Tõnu, Émile"',
    );
  });

  it("writes numbers with the dialect's decimal mark, negative ones as numbers", () => {
    expect(csvCell(61.5, en)).toBe("61.5");
    expect(csvCell(61.5, da)).toBe("61,5");
    expect(csvCell(-2.5, en)).toBe("-2.5");
    expect(csvCell(-2.5, da)).toBe("-2,5");
    expect(csvCell(1234567.25, da)).toBe("1234567,25");
    expect(csvCell(0, da)).toBe("0");
  });

  it("leaves gaps empty and writes booleans as words", () => {
    for (const [, d] of DIALECTS) {
      expect(csvCell(Number.NaN, d)).toBe("");
      expect(csvCell(Infinity, d)).toBe("");
      expect(csvCell(null, d)).toBe("");
      expect(csvCell(undefined, d)).toBe("");
      expect(csvCell(true, d)).toBe("true");
    }
  });

  it("never lets any text open a formula or change the number of fields", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."ab =+-@\t\r\n,;\"' ＝＋－＠".split("")),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
        for (const [, dialect] of DIALECTS) {
          const line = csvLine(cells, dialect).replace(/\r\n$/, "");
          expect(fields(line, dialect.separator)).toHaveLength(cells.length);
          expect(opensAFormula(line)).toBe(false);
        }
      }),
    );
  });
});

describe("toCsv", () => {
  const rows = [
    ["group", "mean"],
    ["Chefs 1C", 61.5],
  ];

  it("starts with a byte-order mark and ends every line with CRLF", () => {
    expect(toCsv(rows, en)).toBe(`${CSV_BOM}group,mean\r\nChefs 1C,61.5\r\n`);
    expect(csvLine([], en)).toBe("\r\n");
  });

  it("separates with ; and writes 61,5 for the Excel of Danish, Dutch and the others", () => {
    expect(toCsv(rows, da)).toBe(`${CSV_BOM}group;mean\r\nChefs 1C;61,5\r\n`);
  });
});

describe("csvFileName", () => {
  it("keeps letters of any language and makes everything else a -", () => {
    expect(csvFileName("results", "Start of year 2026")).toBe("results-Start-of-year-2026.csv");
    expect(csvFileName("Élèves/1A", '"x"')).toBe("Élèves-1A-x.csv");
    expect(csvFileName("Tõnu", "..\\..\\etc")).toBe("Tõnu-etc.csv");
    expect(csvFileName("")).toBe("export.csv");
    expect(csvFileName("a".repeat(500)).length).toBeLessThanOrEqual(124);
  });
});
