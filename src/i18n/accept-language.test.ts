import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./accept-language";

describe("localeFromAcceptLanguage", () => {
  it("picks the best weighted language we speak", () => {
    expect(localeFromAcceptLanguage("da-DK,da;q=0.9,en;q=0.8")).toBe("da");
    expect(localeFromAcceptLanguage("de;q=1, fr-CA;q=0.4, en;q=0.3")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=0.2, et;q=0.7")).toBe("et");
    expect(localeFromAcceptLanguage("nn-NO")).toBe("nb");
    expect(localeFromAcceptLanguage("no")).toBe("nb");
  });

  it("gives nothing for none of ours, junk or a refused language", () => {
    expect(localeFromAcceptLanguage("ja, de")).toBeUndefined();
    expect(localeFromAcceptLanguage("da;q=0")).toBeUndefined();
    expect(localeFromAcceptLanguage(";;;,q=x")).toBeUndefined();
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });
});
