// Sign-in attempts are limited per client as well as per account: a password spray (one
// client, one or two guesses at many accounts) is stopped, while nobody can lock a colleague
// out for long, and the owner signing in from elsewhere is not stopped by someone else's
// guesses. A paused client hears so: a translated form message, or a 429 problem with
// Retry-After.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { signInWithPassword } from "@/features/access/actions/sign-in";
import {
  MAX_FAILURES,
  MAX_LOCK_MS,
  SIGN_IN_LIMITS,
} from "@/features/access/domain/sign-in-throttle";
import { IDLE } from "@/lib/forms/form-state";
import { verifyCredentials } from "@/features/access/server/auth/verify-credentials";
import { createInstitution, createSignedInStaff, TEST_PASSWORD } from "../support/factories";
import { postSignIn, SESSION_COOKIE } from "../support/staff-http";

vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  // The server action's request: a browser without any forwarding headers.
  headers: async () => new Headers(),
}));

const MINUTE = 60 * 1000;

describe("a password spray from one client", () => {
  it("pauses that client for every account, and only that client", async () => {
    const school = await createInstitution();
    const target = await createSignedInStaff(school.id, "ADMIN");
    const now = new Date();
    const sprayed: string[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.client.limit; i += 1) {
      // One guess per address, half of them real accounts: no account is locked by it.
      const email =
        i % 2 === 0
          ? (await createSignedInStaff(school.id, "TEACHER")).user.email
          : `nobody-${i}@school.test`;
      sprayed.push(email);
      expect(await verifyCredentials(email, "Summer2026!", now, "spraying-client")).toBeNull();
    }
    // The next try from that client is refused, even with a right password...
    expect(
      await verifyCredentials(target.user.email, TEST_PASSWORD, now, "spraying-client"),
    ).toBeNull();
    // ...while the same account signs in from anywhere else, and no sprayed account is locked.
    expect(
      await verifyCredentials(target.user.email, TEST_PASSWORD, now, "staff-room"),
    ).not.toBeNull();
    const db = await getDb();
    const locked = await db.user.count({
      where: { email: { in: sprayed }, lockedUntil: { not: null } },
    });
    expect(locked).toBe(0);
    // The pause is over when its window is.
    const later = new Date(now.getTime() + SIGN_IN_LIMITS.client.windowSeconds * 1000);
    expect(
      await verifyCredentials(target.user.email, TEST_PASSWORD, later, "spraying-client"),
    ).not.toBeNull();
  });
});

describe("guesses at one colleague's account", () => {
  it("stop the guessing client, not the owner signing in from another", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "COORDINATOR");
    const now = new Date();
    for (let i = 0; i < SIGN_IN_LIMITS.accountClient.limit; i += 1) {
      expect(await verifyCredentials(user.email, `guess ${i}`, now, "colleague-pc")).toBeNull();
    }
    expect(await verifyCredentials(user.email, TEST_PASSWORD, now, "colleague-pc")).toBeNull();
    expect(await verifyCredentials(user.email, TEST_PASSWORD, now, "owner-laptop")).not.toBeNull();
  });

  it("lock the account for at most a quarter of an hour at a time, however long it goes on", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    const db = await getDb();
    const start = Date.now();
    let at = start;
    // Guesses from ever new clients, each once the previous lock has passed.
    for (let i = 0; i < MAX_FAILURES + 8; i += 1) {
      const now = new Date(at);
      expect(await verifyCredentials(user.email, `guess ${i}`, now, `client-${i}`)).toBeNull();
      const { lockedUntil } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
      const lockMs = lockedUntil ? lockedUntil.getTime() - now.getTime() : 0;
      expect(lockMs).toBeLessThanOrEqual(MAX_LOCK_MS);
      expect(MAX_LOCK_MS).toBeLessThanOrEqual(15 * MINUTE);
      at += Math.max(lockMs, 0) + 1000;
    }
    expect(
      await verifyCredentials(user.email, TEST_PASSWORD, new Date(at), "owner"),
    ).not.toBeNull();
  });
});

describe("a paused client over HTTP and in the sign-in form", () => {
  it("gets a 429 problem with Retry-After, and the form says why", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    for (let i = 0; i < SIGN_IN_LIMITS.client.limit; i += 1) {
      const { response } = await postSignIn(`sprayed-${i}@school.test`, "Winter2026!");
      expect(response.status).toBe(302);
    }
    const { response, jar } = await postSignIn(user.email, TEST_PASSWORD);
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.client.windowSeconds);
    expect(await response.json()).toMatchObject({ status: 429, code: "rate_limited" });
    expect(jar.has(SESSION_COOKIE)).toBe(false);

    const form = new FormData();
    form.set("email", user.email);
    form.set("password", TEST_PASSWORD);
    expect(await signInWithPassword(IDLE, form)).toMatchObject({
      status: "error",
      formError: "tooManyAttempts",
    });
  });
});
