import { describe, expect, it } from "vitest";
import { signPreview, verifyPreview } from "./preview-cookie";

const secret = "s".repeat(32);
const now = Date.UTC(2026, 11, 7, 8, 0);

describe("student preview cookie", () => {
  it("names the teacher's school until it expires", () => {
    const cookie = signPreview(secret, "inst_1", now + 60_000);
    expect(verifyPreview(secret, cookie, now)).toBe("inst_1");
    expect(verifyPreview(secret, cookie, now + 60_000)).toBeUndefined();
  });

  it("refuses a forged, stretched, tampered or malformed cookie", () => {
    const cookie = signPreview(secret, "inst_1", now + 60_000);
    const [id, expires, signature] = cookie.split(".");
    expect(verifyPreview("x".repeat(32), cookie, now)).toBeUndefined();
    expect(verifyPreview(secret, `${id}.${Number(expires) * 2}.${signature}`, now)).toBeUndefined();
    expect(verifyPreview(secret, `inst_2.${expires}.${signature}`, now)).toBeUndefined();
    expect(verifyPreview(secret, `${cookie}.x`, now)).toBeUndefined();
    expect(verifyPreview(secret, "inst_1", now)).toBeUndefined();
    expect(verifyPreview(secret, undefined, now)).toBeUndefined();
    expect(verifyPreview(secret, "", now)).toBeUndefined();
  });
});
