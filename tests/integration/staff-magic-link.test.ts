// Sign-in by a mailed link when SMTP is configured, through a real SMTP conversation with a
// local fake server: the link signs in once, in the reader's language, and an address
// without a staff account gets the same answer but no mail.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createInstitution, createSignedInStaff } from "../support/factories";
import { startFakeSmtp, type ReceivedMail } from "../support/fake-smtp";

const ORIGIN = "http://localhost:3000";
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let handlers: typeof import("@/features/access/server/auth/next-auth").handlers;

beforeAll(async () => {
  smtp = await startFakeSmtp();
  // The environment is read once per module instance: load the auth modules afresh with SMTP.
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("APP_URL", "");
  vi.resetModules();
  ({ handlers } = await import("@/features/access/server/auth/next-auth"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
});

function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, ...value] = pair!.split("=");
    jar.set(name!.trim(), value.join("="));
  }
}
const header = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

async function requestLink(email: string, callbackUrl: string) {
  const jar = new Map<string, string>();
  const csrf = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await handlers.POST(
    new NextRequest(`${ORIGIN}/api/auth/signin/email`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
      body: new URLSearchParams({ email, csrfToken, callbackUrl }),
    }),
  );
  cookiesOf(response, jar);
  return { response, jar };
}

function linkOf(mail: ReceivedMail): string {
  const link = mail.data.match(/http:\/\/localhost:3000\/api\/auth\/callback\/email\?\S+/)?.[0];
  if (!link) throw new Error("no sign-in link in the mail");
  return link;
}

async function openLink(link: string, jar: Map<string, string>) {
  const response = await handlers.GET(new NextRequest(link, { headers: { cookie: header(jar) } }));
  return { response, cookies: response.headers.getSetCookie() };
}

describe("sign-in by mailed link", () => {
  it("mails a one-time link that signs in and returns to the page, in its language", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "COORDINATOR");
    const { response, jar } = await requestLink(user.email, "/nb/staff/groups");
    expect(response.status).toBe(302);
    const checkMail = await handlers.GET(new NextRequest(response.headers.get("location")!));
    expect(checkMail.headers.get("location")).toBe("/staff/check-email?provider=email&type=email");
    await vi.waitFor(() => expect(smtp.mails.some((m) => m.to.includes(user.email))).toBe(true));
    const mail = smtp.mails.find((m) => m.to.includes(user.email))!;
    expect(mail.data).toContain("Her er lenken din for å logge inn på Belong.");
    const link = linkOf(mail);

    const first = await openLink(link, jar);
    expect(first.response.status).toBe(302);
    expect(first.response.headers.get("location")).toBe(`${ORIGIN}/nb/staff/groups`);
    expect(first.cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(true);

    const again = await openLink(link, jar);
    expect(again.response.headers.get("location")).toBe(
      `${ORIGIN}/staff/auth-error?error=Verification`,
    );
    expect(again.cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  });

  it("answers an unknown address the same way, and sends nothing", async () => {
    const before = smtp.mails.length;
    const { response } = await requestLink("stranger@school.test", "/en/staff");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(
      `${ORIGIN}/api/auth/verify-request?provider=email&type=email`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.length).toBe(before);
  });

  it("mails an address at most three links in ten minutes", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    for (let i = 0; i < 5; i += 1) {
      const { response } = await requestLink(user.email, "/en/staff");
      expect(response.status).toBe(302);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.filter((m) => m.to.includes(user.email))).toHaveLength(3);
  });

  it("refuses a link whose token was changed", async () => {
    const school = await createInstitution();
    const { user } = await createSignedInStaff(school.id, "TEACHER");
    const { jar } = await requestLink(user.email, "/en/staff");
    await vi.waitFor(() => expect(smtp.mails.some((m) => m.to.includes(user.email))).toBe(true));
    const link = new URL(linkOf(smtp.mails.find((m) => m.to.includes(user.email))!));
    link.searchParams.set("token", "0".repeat(64));
    const { response, cookies } = await openLink(link.href, jar);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/staff/auth-error?error=Verification`);
    expect(cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  });
});
