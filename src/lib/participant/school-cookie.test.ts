import { describe, expect, it } from "vitest";
import { signSchool, verifySchool } from "./school-cookie";

const secret = "s".repeat(32);

describe("the school cookie", () => {
  it("gives back the school it was signed for", () => {
    expect(verifySchool(secret, signSchool(secret, "inst_123"))).toBe("inst_123");
  });

  it("refuses a school the server never signed, or another secret's signature", () => {
    const [, signature] = signSchool(secret, "inst_123").split(".");
    expect(verifySchool(secret, `inst_456.${signature}`)).toBeUndefined();
    expect(verifySchool("t".repeat(32), signSchool(secret, "inst_123"))).toBeUndefined();
  });

  it("refuses junk without throwing", () => {
    for (const junk of [
      undefined,
      "",
      ".",
      "a.b.c",
      "inst",
      "in st.x",
      "é.x",
      "a".repeat(65) + ".x",
    ]) {
      expect(verifySchool(secret, junk)).toBeUndefined();
    }
  });
});
