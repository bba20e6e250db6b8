// The request's staff session and chosen institution, from cookies. Everything that needs
// them goes through require-staff.ts.
import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { auth } from "./auth/next-auth";

export const INSTITUTION_COOKIE = "belong_institution";
const INSTITUTION_COOKIE_MAX_AGE = 60 * 60 * 24 * 400;

export async function currentUserId(): Promise<string | undefined> {
  const session = await auth();
  return session?.user?.id ?? undefined;
}

/** The institution the person last chose; require-staff checks it against their memberships. */
export async function chosenInstitutionId(): Promise<string | undefined> {
  return (await cookies()).get(INSTITUTION_COOKIE)?.value;
}

export async function rememberInstitution(institutionId: string): Promise<void> {
  (await cookies()).set(INSTITUTION_COOKIE, institutionId, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: INSTITUTION_COOKIE_MAX_AGE,
  });
}
