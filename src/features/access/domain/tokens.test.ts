import { describe, expect, it } from "vitest";
import {
  expiresAfter,
  hashToken,
  INVITATION_LIFETIME_MS,
  invitationState,
  isExpired,
  looksLikeToken,
  newToken,
} from "./tokens";

describe("tokens", () => {
  it("are random, URL-safe and 256 bits long", () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(looksLikeToken(token)).toBe(true);
  });

  it("are stored as their sha256 only", () => {
    const token = newToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
    expect(hashToken(newToken())).not.toBe(hash);
    // A known vector, so the hash function cannot silently change.
    expect(hashToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("recognise malformed tokens before any lookup", () => {
    for (const value of ["", "short", "x".repeat(44), `${"a".repeat(42)}!`, undefined, 12]) {
      expect(looksLikeToken(value)).toBe(false);
    }
  });

  it("expire at their expiry time, not a millisecond later", () => {
    const now = new Date("2026-09-01T08:00:00Z");
    const expiresAt = expiresAfter(INVITATION_LIFETIME_MS, now);
    expect(expiresAt.toISOString()).toBe("2026-09-08T08:00:00.000Z");
    expect(isExpired(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(false);
    expect(isExpired(expiresAt, expiresAt)).toBe(true);
  });

  it("give an invitation one state: open, accepted (used once) or expired", () => {
    const now = new Date("2026-09-01T08:00:00Z");
    const future = new Date("2026-09-02T08:00:00Z");
    const past = new Date("2026-08-31T08:00:00Z");
    expect(invitationState({ acceptedAt: null, expiresAt: future }, now)).toBe("open");
    expect(invitationState({ acceptedAt: null, expiresAt: past }, now)).toBe("expired");
    expect(invitationState({ acceptedAt: past, expiresAt: future }, now)).toBe("accepted");
    expect(invitationState({ acceptedAt: past, expiresAt: past }, now)).toBe("accepted");
  });
});
