import { describe, expect, it } from "vitest";
import { localeHref, pathWithoutLocale } from "./locale-href";

describe("localeHref", () => {
  it("puts a path inside the app under the page's language", () => {
    expect(localeHref("/stories", "da")).toBe("/da/stories");
    expect(localeHref("/s/DEMO01", "fr")).toBe("/fr/s/DEMO01");
    expect(localeHref("/staff/results?groupPage=2#groups", "nb")).toBe(
      "/nb/staff/results?groupPage=2#groups",
    );
  });

  it("sends the start page to the language's start page", () => {
    expect(localeHref("/", "et")).toBe("/et");
    expect(localeHref("/?x=1", "et")).toBe("/et?x=1");
  });

  it("writes a pathname with a query as one address", () => {
    expect(localeHref({ pathname: "/pathway", query: { from: "DEMO01" } }, "nl")).toBe(
      "/nl/pathway?from=DEMO01",
    );
    expect(localeHref({ pathname: "/stories", query: { tag: undefined } }, "en")).toBe(
      "/en/stories",
    );
  });

  it("leaves an address outside the app as it is", () => {
    expect(localeHref("https://example.org/help", "da")).toBe("https://example.org/help");
    expect(localeHref("#top", "da")).toBe("#top");
    expect(localeHref("//example.org", "da")).toBe("//example.org");
  });
});

describe("pathWithoutLocale", () => {
  it("is the page's path in any language", () => {
    expect(pathWithoutLocale("/da/stories/ahmed-warehouse")).toBe("/stories/ahmed-warehouse");
    expect(pathWithoutLocale("/fr")).toBe("/");
    expect(pathWithoutLocale("/english")).toBe("/english");
  });
});
