import { describe, expect, it } from "vitest";
import { helpCountries } from "./help-countries";

const known = ["DK", "EE", "FR", "NL", "NO"];

describe("helpCountries", () => {
  it("uses the school's country when the student came from a school", () => {
    expect(helpCountries("en", "NO", known)).toEqual(["NO"]);
    expect(helpCountries("da", "EE", known)).toEqual(["EE"]);
  });

  it("otherwise uses the country of the language", () => {
    expect(helpCountries("da", undefined, known)).toEqual(["DK"]);
    expect(helpCountries("nb", undefined, known)).toEqual(["NO"]);
    expect(helpCountries("nl", undefined, known)).toEqual(["NL"]);
    expect(helpCountries("et", undefined, known)).toEqual(["EE"]);
    expect(helpCountries("fr", undefined, known)).toEqual(["FR"]);
  });

  it("shows every country in English, or when the school's country has no help file", () => {
    expect(helpCountries("en", undefined, known)).toEqual(known);
    expect(helpCountries("en", "SE", known)).toEqual(known);
    expect(helpCountries("da", "SE", known)).toEqual(["DK"]);
  });
});
