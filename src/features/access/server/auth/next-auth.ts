// next-auth for staff: email + password (Credentials, so sessions are JWTs in an httpOnly
// cookie) and, with SMTP, a sign-in link by mail. The configuration is built on the first
// request, never at import, because `next build` must not open the database.
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { appOrigin, authSecret, env } from "@/lib/env";
import { clientKey } from "@/lib/http/client-key";
import { requestLogger } from "@/lib/log";
import { mailIsDelivered } from "@/lib/mail";
import { safeRedirectPath } from "../../domain/callback-url";
import { MAGIC_LINK_PROVIDER, magicLinkProvider } from "./magic-link";
import { endStaffSession, isStaffSessionLive, startStaffSession } from "./staff-sessions";
import { verifyCredentials } from "./verify-credentials";

export const PASSWORD_PROVIDER = "credentials";
/** A school day and a bit: staff on shared computers are signed out by the next morning. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const credentials = z.object({ email: z.string().max(254), password: z.string().max(200) });

// Expected outcomes of wrong input, not faults: keep them out of the error log.
const QUIET_ERRORS = new Set(["CredentialsSignin", "Verification", "AccessDenied"]);

async function buildConfig(): Promise<NextAuthConfig> {
  const db = await getDb();
  const { APP_URL } = env();
  return {
    adapter: PrismaAdapter(db),
    providers: [
      Credentials({
        id: PASSWORD_PROVIDER,
        credentials: { email: {}, password: {} },
        async authorize(input, request) {
          const parsed = credentials.safeParse(input);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          return verifyCredentials(email, password, new Date(), clientKey(request));
        },
      }),
      ...(mailIsDelivered() ? [magicLinkProvider()] : []),
    ],
    secret: authSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Secure cookies over https; unset APP_URL leaves it to the request's protocol.
    useSecureCookies: APP_URL ? appOrigin().startsWith("https:") : undefined,
    // Without a locale: the locale proxy sends these on to the visitor's language.
    pages: {
      signIn: "/staff/sign-in",
      error: "/staff/auth-error",
      verifyRequest: "/staff/check-email",
    },
    callbacks: {
      async signIn({ user, account, email }) {
        // A mailed link signs in only someone who is staff somewhere; nobody signs up by mail.
        if (account?.provider !== MAGIC_LINK_PROVIDER || email?.verificationRequest) return true;
        if (!user.email) return false;
        const staff = await db.membership.count({ where: { user: { email: user.email } } });
        return staff > 0;
      },
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url, baseUrl, "/staff")}`;
      },
      // Runs on every request that reads the session: a token whose server-side session has
      // ended (signed out, password changed, removed, ended by an admin) is no session.
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sid = await startStaffSession(user.id, SESSION_MAX_AGE_SECONDS);
          return token;
        }
        return (await isStaffSessionLive(token.sub, token.sid)) ? token : null;
      },
      session({ session, token }) {
        if (token.sub && session.user) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      async signOut(message) {
        if ("token" in message) await endStaffSession(message.token?.sid);
      },
    },
    logger: {
      error(error) {
        // AuthError's `type` survives minification; its class name does not.
        const type = "type" in error && typeof error.type === "string" ? error.type : error.name;
        if (QUIET_ERRORS.has(type)) return;
        // The line names the error's type and first line only (scrubbed): never a token.
        void requestLogger().then((log) => log.error({ err: error, authError: type }, "auth"));
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(buildConfig);
