import { describe, expect, it } from "vitest";
import { COUNTRIES, PARTNER_COUNTRIES, isCountry, timeZoneOf } from "./countries";

// The EU's 27, the rest of the EEA, Switzerland and the United Kingdom.
const EU = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK";
const EXPECTED = [...EU.split(" "), "IS", "LI", "NO", "CH", "GB"];

describe("countries", () => {
  it("cover the EU, the EEA, Switzerland and the UK, partner countries first, once each", () => {
    expect([...COUNTRIES].sort()).toEqual([...EXPECTED].sort());
    expect(COUNTRIES.slice(0, PARTNER_COUNTRIES.length)).toEqual([...PARTNER_COUNTRIES]);
    expect(new Set(COUNTRIES).size).toBe(COUNTRIES.length);
  });

  it("each have a time zone the runtime knows, in that country", () => {
    for (const country of COUNTRIES) {
      const zone = timeZoneOf(country);
      expect(() => new Intl.DateTimeFormat("en", { timeZone: zone })).not.toThrow();
      expect(zone).not.toBe("UTC");
    }
    expect(timeZoneOf("DE")).toBe("Europe/Berlin");
    expect(timeZoneOf("DK")).toBe("Europe/Copenhagen");
    expect(timeZoneOf("GB")).toBe("Europe/London");
  });

  it("reads an old lower-case code, and falls back to UTC only outside the table", () => {
    expect(timeZoneOf("ee")).toBe("Europe/Tallinn");
    expect(timeZoneOf("XX")).toBe("UTC");
    expect(timeZoneOf("")).toBe("UTC");
  });

  it("recognise only upper-case codes of the table", () => {
    expect(isCountry("EE")).toBe(true);
    expect(isCountry("ee")).toBe(false);
    expect(isCountry("US")).toBe(false);
    expect(isCountry("toString")).toBe(false);
    expect(isCountry(undefined)).toBe(false);
  });
});
