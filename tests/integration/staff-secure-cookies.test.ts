// Behind https (APP_URL starts with https://), the staff session cookie is Secure as well as
// httpOnly, with the __Secure- prefix browsers enforce.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createInstitution, createSignedInStaff, TEST_PASSWORD } from "../support/factories";

const APP_URL = "https://belong.example.org";
// The app behind a proxy that ends TLS sees plain http: APP_URL decides, not the request.
const ORIGIN = "http://localhost:3000";
let handlers: typeof import("@/features/access/server/auth/next-auth").handlers;

beforeAll(async () => {
  // The environment is read once per module instance: load the auth modules afresh.
  vi.stubEnv("APP_URL", APP_URL);
  vi.resetModules();
  ({ handlers } = await import("@/features/access/server/auth/next-auth"));
  return () => vi.unstubAllEnvs();
});

describe("session cookies over https", () => {
  it("are Secure, httpOnly and SameSite=Lax", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "ADMIN");
    const csrf = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
    const cookies = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await handlers.POST(
      new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
        body: new URLSearchParams({ email: user.email, password: TEST_PASSWORD, csrfToken }),
      }),
    );
    const session = response.headers
      .getSetCookie()
      .find((c) => c.startsWith("__Secure-authjs.session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  });
});
