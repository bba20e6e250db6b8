import { describe, expect, it } from "vitest";
import { COUNTRIES, isCountry, timeZoneOf } from "./countries";

describe("countries", () => {
  it("start with the partner countries and have no duplicates", () => {
    expect(COUNTRIES.slice(0, 5)).toEqual(["DK", "EE", "FR", "NL", "NO"]);
    expect(new Set(COUNTRIES).size).toBe(COUNTRIES.length);
  });

  it("each have a time zone the runtime knows", () => {
    for (const country of COUNTRIES) {
      const zone = timeZoneOf(country);
      expect(() => new Intl.DateTimeFormat("en", { timeZone: zone })).not.toThrow();
    }
    expect(timeZoneOf("DK")).toBe("Europe/Copenhagen");
    expect(timeZoneOf("XX")).toBe("UTC");
  });

  it("recognise only upper-case codes of the list", () => {
    expect(isCountry("EE")).toBe(true);
    expect(isCountry("ee")).toBe(false);
    expect(isCountry("US")).toBe(false);
    expect(isCountry(undefined)).toBe(false);
  });
});
