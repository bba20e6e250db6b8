import { describe, expect, it } from "vitest";
import { newDeviceKey, participantIdFor, signDeviceKey, verifyDeviceKey } from "./device-key";

const secret = "s".repeat(32);

describe("device key", () => {
  it("round-trips through its signed cookie value", () => {
    const key = newDeviceKey();
    expect(verifyDeviceKey(secret, signDeviceKey(secret, key))).toBe(key);
  });

  it("refuses a forged, tampered or malformed cookie", () => {
    const key = newDeviceKey();
    const other = newDeviceKey();
    const cookie = signDeviceKey(secret, key);
    expect(verifyDeviceKey("x".repeat(32), cookie)).toBeUndefined();
    expect(verifyDeviceKey(secret, `${other}.${cookie.split(".")[1]}`)).toBeUndefined();
    expect(verifyDeviceKey(secret, key)).toBeUndefined();
    expect(verifyDeviceKey(secret, `${cookie}.x`)).toBeUndefined();
    expect(verifyDeviceKey(secret, undefined)).toBeUndefined();
  });

  it("derives one stable participant per institution, unlinkable across institutions", () => {
    const key = newDeviceKey();
    const a1 = participantIdFor(secret, key, "inst-a");
    expect(participantIdFor(secret, key, "inst-a")).toBe(a1);
    expect(participantIdFor(secret, key, "inst-b")).not.toBe(a1);
    expect(participantIdFor(secret, newDeviceKey(), "inst-a")).not.toBe(a1);
    expect(a1).toMatch(/^p_[\w-]{32}$/);
  });
});
