// Signing in with email and password: the checks (same answer for every failure, lockout)
// and next-auth's HTTP flow around them (session cookie, CSRF, callbackUrl).
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { handlers } from "@/features/access/server/auth/next-auth";
import { verifyCredentials } from "@/features/access/server/auth/verify-credentials";
import { LOCK_MS, MAX_FAILURES } from "@/features/access/domain/sign-in-throttle";
import { createInstitution, createSignedInStaff, TEST_PASSWORD } from "../support/factories";

const ORIGIN = "http://localhost:3000";

// Counts the Argon2id verifications each sign-in attempt does.
const verified = vi.hoisted(() => ({ hashes: [] as string[] }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    verifyPassword: (hash: string, password: string) => {
      verified.hashes.push(hash);
      return original.verifyPassword(hash, password);
    },
  };
});

async function auditOf(userId: string | null, action: string) {
  const db = await getDb();
  return db.auditEvent.findMany({ where: { actorId: userId, action } });
}

describe("verifyCredentials", () => {
  it("accepts the right password, whatever the case of the address, and records the sign-in", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER", { email: "ana@school.test" });
    const verified = await verifyCredentials(" ANA@School.test ", TEST_PASSWORD);
    expect(verified).toMatchObject({ id: user.id, email: "ana@school.test" });
    const events = await auditOf(user.id, "sign_in");
    expect(events).toHaveLength(1);
    expect(events[0]?.institutionId).toBe(school.id);
  });

  it("answers a wrong password and an unknown address the same way, storing no password", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "ADMIN");
    expect(await verifyCredentials(user.email, "wrong password 1")).toBeNull();
    expect(await verifyCredentials("nobody@school.test", "wrong password 2")).toBeNull();
    const db = await getDb();
    const failures = await db.auditEvent.findMany({ where: { action: "sign_in_failed" } });
    const mine = failures.filter((e) => e.actorId === user.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.details).toEqual({ reason: "wrong_password" });
    const unknown = failures.filter((e) => e.actorId === null);
    expect(unknown.some((e) => JSON.stringify(e.details).includes("unknown_email"))).toBe(true);
    const everything = JSON.stringify(failures);
    expect(everything).not.toContain("wrong password");
    expect(everything).not.toContain("nobody@school.test");
  });

  it("does the same work for every failure: one Argon2id verification", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    const db = await getDb();
    const locked = await createSignedInStaff(school.id, "TEACHER");
    await db.user.update({
      where: { id: locked.user.id },
      data: { failedSignIns: MAX_FAILURES, lockedUntil: new Date(Date.now() + LOCK_MS) },
    });
    for (const [email, password] of [
      [user.email, "not the password"],
      ["ghost@school.test", "not the password"],
      [locked.user.email, TEST_PASSWORD],
    ] as const) {
      verified.hashes = [];
      expect(await verifyCredentials(email, password)).toBeNull();
      expect(verified.hashes, email).toHaveLength(1);
      expect(verified.hashes[0]).toMatch(/^\$argon2id\$/);
    }
  });

  it("costs about as much for an unknown address as for a wrong password", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    // Warm up (the throwaway hash is made once).
    await verifyCredentials("warmup@school.test", "x");
    // CPU time of this test process (Argon2 runs on its worker threads, which count too), so
    // other test files busy on the same cores do not skew the comparison as wall time would.
    const time = async (email: string) => {
      const start = process.cpuUsage();
      await verifyCredentials(email, "not the password");
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      known.push(await time(user.email));
      unknown.push(await time(`ghost-${i}@school.test`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[3]!;
    const ratio = median(unknown) / median(known);
    // Without the throwaway verification an unknown address would cost ~100x less.
    expect(ratio).toBeGreaterThan(0.2);
    expect(ratio).toBeLessThan(5);
  });

  it(`locks the account after ${MAX_FAILURES} wrong passwords, even against the right one`, async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "COORDINATOR");
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect(await verifyCredentials(user.email, `guess ${i}`, now)).toBeNull();
    }
    const db = await getDb();
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.failedSignIns).toBe(MAX_FAILURES);
    expect(locked.lockedUntil?.getTime()).toBe(now.getTime() + LOCK_MS);

    // The right password is refused while locked, and the attempt does not extend the lock.
    const during = new Date(now.getTime() + LOCK_MS - 1000);
    expect(await verifyCredentials(user.email, TEST_PASSWORD, during)).toBeNull();
    const still = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(still.lockedUntil?.getTime()).toBe(now.getTime() + LOCK_MS);
    const lockedEvents = await auditOf(user.id, "sign_in_failed");
    expect(lockedEvents.at(-1)?.details).toEqual({ reason: "locked" });

    // Once the lock has passed, the right password works and clears the count.
    const after = new Date(now.getTime() + LOCK_MS + 1000);
    expect(await verifyCredentials(user.email, TEST_PASSWORD, after)).not.toBeNull();
    const cleared = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([cleared.failedSignIns, cleared.lockedUntil]).toEqual([0, null]);
  });

  it("refuses an account that has no password yet", async () => {
    const school = await createInstitution();
    const db = await getDb();
    const user = await db.user.create({ data: { email: "nopass@school.test" } });
    await db.membership.create({
      data: { userId: user.id, institutionId: school.id, role: "TEACHER" },
    });
    expect(await verifyCredentials("nopass@school.test", "")).toBeNull();
    expect((await auditOf(user.id, "sign_in_failed"))[0]?.details).toEqual({
      reason: "no_password",
    });
  });
});

// next-auth over HTTP, as a browser would: fetch a CSRF token, then post the form.

function cookieHeader(response: Response, jar: Map<string, string> = new Map()) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, ...value] = pair!.split("=");
    jar.set(name!.trim(), value.join("="));
  }
  return jar;
}

const asHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

async function postCredentials(fields: Record<string, string>, withCsrf = true) {
  const csrf = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const jar = cookieHeader(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await handlers.POST(
    new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: asHeader(jar),
      },
      body: new URLSearchParams({ ...fields, ...(withCsrf ? { csrfToken } : {}) }),
    }),
  );
  return { response, cookies: response.headers.getSetCookie() };
}

describe("sign-in over HTTP (next-auth)", () => {
  it("sets an httpOnly session cookie and returns to the callback path", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    const { response, cookies } = await postCredentials({
      email: user.email,
      password: TEST_PASSWORD,
      callbackUrl: "/da/staff/groups",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/da/staff/groups`);
    const session = cookies.find((c) => c.startsWith("authjs.session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    // Plain http (no https APP_URL): a Secure cookie would never come back.
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  it("sends a wrong password and an unknown address to the same error, with no session", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    const wrong = await postCredentials({ email: user.email, password: "nope nope nope" });
    const unknown = await postCredentials({ email: "who@school.test", password: "nope nope" });
    for (const { response, cookies } of [wrong, unknown]) {
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(
        `${ORIGIN}/staff/sign-in?error=CredentialsSignin&code=credentials`,
      );
      expect(cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(false);
    }
  });

  it("refuses a post without the CSRF token", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    const { response, cookies } = await postCredentials(
      { email: user.email, password: TEST_PASSWORD },
      false,
    );
    expect(response.headers.get("location")).toContain("error=MissingCSRF");
    expect(cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  });

  it("never redirects to another site after sign-in", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    for (const callbackUrl of ["https://evil.example/steal", "//evil.example", "/\\evil.example"]) {
      const { response } = await postCredentials({
        email: user.email,
        password: TEST_PASSWORD,
        callbackUrl,
      });
      expect(response.headers.get("location")).toBe(`${ORIGIN}/staff`);
    }
  });
});
