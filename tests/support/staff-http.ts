// Staff sign-in over HTTP, as a browser does it: the app's own next-auth endpoints, a cookie
// jar, a CSRF token. The session cookie it returns can be "copied" and replayed later.
import { NextRequest } from "next/server";
import { GET, POST } from "@/features/access/server/auth/routes";

export const ORIGIN = "http://localhost:3000";
export const SESSION_COOKIE = "authjs.session-token";

export type CookieJar = Map<string, string>;

export function keepCookies(response: Response, jar: CookieJar = new Map()): CookieJar {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, ...value] = pair!.split("=");
    if (value.join("=") === "") jar.delete(name!.trim());
    else jar.set(name!.trim(), value.join("="));
  }
  return jar;
}

export const cookieHeader = (jar: CookieJar) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

async function csrf(jar: CookieJar): Promise<string> {
  const response = await GET(
    new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { cookie: cookieHeader(jar) } }),
  );
  keepCookies(response, jar);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** Posts the sign-in form; `headers` lets a test choose how the client looks. */
export async function postSignIn(
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ response: Response; jar: CookieJar }> {
  const jar: CookieJar = new Map();
  const csrfToken = await csrf(jar);
  const response = await POST(
    new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: cookieHeader(jar),
        ...headers,
      },
      body: new URLSearchParams({ email, password, csrfToken }),
    }),
  );
  keepCookies(response, jar);
  return { response, jar };
}

/** Signs in and returns the cookie header of the new session. */
export async function signInOverHttp(email: string, password: string): Promise<string> {
  const { jar } = await postSignIn(email, password);
  if (!jar.has(SESSION_COOKIE)) throw new Error(`no session for ${email}`);
  return cookieHeader(jar);
}

/** Whose session a cookie header carries now, as every staff request asks it. */
export async function sessionUserOf(cookie: string): Promise<string | null> {
  const response = await GET(
    new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie } }),
  );
  const body = (await response.json()) as { user?: { id?: string } } | null;
  return body?.user?.id ?? null;
}

/** Signs out with the browser's cookie, as the sign-out button does. */
export async function signOutOverHttp(cookie: string): Promise<void> {
  const jar: CookieJar = new Map(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  const csrfToken = await csrf(jar);
  await POST(
    new NextRequest(`${ORIGIN}/api/auth/signout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
      body: new URLSearchParams({ csrfToken }),
    }),
  );
}
