import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/countries";
import { locales } from "@/i18n/locales";
import { helpCountries } from "./help-countries";

describe("helpCountries", () => {
  it("shows only the school's country when it is known, in every language", () => {
    for (const country of COUNTRIES) {
      for (const locale of locales) {
        expect(helpCountries(locale, country, COUNTRIES), `${country} ${locale}`).toEqual([
          country,
        ]);
      }
    }
    // A row stored before codes were checked may be lower case.
    expect(helpCountries("en", "de", COUNTRIES)).toEqual(["DE"]);
  });

  it("without a school, uses the country of the page's language", () => {
    expect(helpCountries("da", undefined, COUNTRIES)).toEqual(["DK"]);
    expect(helpCountries("nb", undefined, COUNTRIES)).toEqual(["NO"]);
    expect(helpCountries("nl", undefined, COUNTRIES)).toEqual(["NL"]);
    expect(helpCountries("et", undefined, COUNTRIES)).toEqual(["EE"]);
    expect(helpCountries("fr", undefined, COUNTRIES)).toEqual(["FR"]);
  });

  it("in English without a school, offers the partner countries, never all of Europe", () => {
    expect(helpCountries("en", undefined, COUNTRIES)).toEqual(["DK", "EE", "FR", "NL", "NO"]);
    // A country outside the table is not a known school country.
    expect(helpCountries("en", "US", COUNTRIES)).toEqual(["DK", "EE", "FR", "NL", "NO"]);
    expect(helpCountries("da", "US", COUNTRIES)).toEqual(["DK"]);
  });
});
