import { describe, expect, it } from "vitest";
import {
  generateRoundCode,
  isRoundCode,
  normaliseRoundCode,
  ROUND_CODE_ALPHABET,
} from "./round-code";

describe("generateRoundCode", () => {
  it("uses 32 distinct symbols, none of them 0, O, 1 or I", () => {
    expect(new Set(ROUND_CODE_ALPHABET).size).toBe(32);
    expect(ROUND_CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
    for (const lookalike of ["0", "O", "1", "I"]) {
      expect(ROUND_CODE_ALPHABET).not.toContain(lookalike);
    }
  });

  it("never produces 0, O, 1 or I, and always a valid code", () => {
    for (let i = 0; i < 2000; i++) {
      const code = generateRoundCode();
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
      expect(isRoundCode(code)).toBe(true);
    }
  });

  it("maps the random source onto the whole alphabet", () => {
    expect(generateRoundCode(6, () => 0)).toBe("222222");
    expect(generateRoundCode(6, () => 0.999999)).toBe("ZZZZZZ");
    expect(generateRoundCode(4, () => 8 / 32)).toBe("AAAA");
  });

  it("makes codes of the asked length, within 4-12", () => {
    expect(generateRoundCode(4)).toHaveLength(4);
    expect(generateRoundCode(12)).toHaveLength(12);
    expect(() => generateRoundCode(3)).toThrow(RangeError);
    expect(() => generateRoundCode(6.5)).toThrow(RangeError);
  });

  it("refuses a random source outside [0, 1)", () => {
    expect(() => generateRoundCode(6, () => 1)).toThrow(RangeError);
    expect(() => generateRoundCode(6, () => -0.1)).toThrow(RangeError);
    expect(() => generateRoundCode(6, () => Number.NaN)).toThrow(RangeError);
  });
});

describe("normaliseRoundCode", () => {
  it.each([
    ["abc234", "ABC234"],
    ["  abc234\n", "ABC234"],
    ["abc 234", "ABC234"],
    ["abc-234", "ABC234"],
    ["abc\u2013234", "ABC234"],
    ["ＡＢＣ２３４", "ABC234"],
  ])("turns %j into %s", (typed, code) => {
    expect(normaliseRoundCode(typed)).toBe(code);
  });

  it("leaves lookalikes alone, so the demo round's DEMO01 still works", () => {
    expect(normaliseRoundCode("demo01")).toBe("DEMO01");
    expect(normaliseRoundCode("DEM0O1I")).toBe("DEM0O1I");
  });
});

describe("isRoundCode", () => {
  it("accepts generated and hand-made codes of 4-12 capitals and digits", () => {
    expect(isRoundCode("K7XQ2M")).toBe(true);
    expect(isRoundCode("DEMO01")).toBe(true);
    expect(isRoundCode("ABCD")).toBe(true);
    expect(isRoundCode("ABCDEFGHJKLM")).toBe(true);
  });

  it("rejects anything else, including codes not yet normalised", () => {
    for (const code of ["", "ABC", "ABCDEFGHJKLMN", "abc234", "ABC 234", "ABC-234", "ÆØÅ234"]) {
      expect(isRoundCode(code)).toBe(false);
    }
  });
});
