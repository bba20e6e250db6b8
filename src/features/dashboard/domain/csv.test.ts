import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvFileName, csvLine, toCsv } from "./csv";

describe("csvCell", () => {
  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe('"\'\rcmd"');
    expect(csvCell("fine = fine")).toBe("fine = fine");
  });

  it("quotes commas, quotes, line breaks and edge spaces", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("keeps numbers (also negative ones) as numbers and leaves gaps empty", () => {
    expect(csvCell(-2.5)).toBe("-2.5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(Infinity)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("keeps accented text as it is", () => {
    expect(csvCell("Sosial- og helsearbeider, Tõnu, Émile")).toBe(
      '"Sosial- og helsearbeider, Tõnu, Émile"',
    );
  });
});

describe("toCsv", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    const csv = toCsv([
      ["group", "mean"],
      ["Chefs 1C", 61.5],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}group,mean\r\nChefs 1C,61.5\r\n`);
    expect(csvLine([])).toBe("\r\n");
  });
});

describe("csvFileName", () => {
  it("keeps only safe characters", () => {
    expect(csvFileName("results", "Start of year 2026")).toBe("results-Start-of-year-2026.csv");
    expect(csvFileName("Élèves/1A", '"x"')).toBe("Eleves-1A-x.csv");
    expect(csvFileName("")).toBe("export.csv");
  });
});
