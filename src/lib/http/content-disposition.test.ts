import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

/** The UTF-8 name as a browser reads it from filename*. */
function utf8Name(header: string): string {
  const encoded = /filename\*=UTF-8''([^;\s]+)/.exec(header)?.[1];
  if (!encoded) throw new Error(`no filename* in ${header}`);
  return decodeURIComponent(encoded);
}

describe("contentDisposition", () => {
  it("gives the UTF-8 name in filename* and an ASCII stand-in in filename", () => {
    const header = contentDisposition("belong-results-Élèves-Tõnu-æøå.csv");
    expect(header).toBe(
      "attachment; filename=\"belong-results-Eleves-Tonu-a.csv\"; filename*=UTF-8''belong-results-%C3%89l%C3%A8ves-T%C3%B5nu-%C3%A6%C3%B8%C3%A5.csv",
    );
    expect(utf8Name(header)).toBe("belong-results-Élèves-Tõnu-æøå.csv");
  });

  it("encodes what RFC 8187 does not allow bare, and keeps the header one safe line", () => {
    for (const name of [
      "a'b(c)*.csv",
      'quote"d.csv',
      "new\r\nline.csv",
      "../etc/passwd",
      "\uD800x",
    ]) {
      const header = contentDisposition(name);
      expect(header).not.toMatch(/[\r\n]/);
      expect(header).toMatch(
        /^attachment; filename="[\w.-]+"; filename\*=UTF-8''[\w.!#$&+^`|~%-]+$/,
      );
      expect(utf8Name(header)).not.toMatch(/["\\/\r\n]/);
    }
    expect(utf8Name(contentDisposition("a'b(c)*.csv"))).toBe("a'b(c)*.csv");
  });
});
