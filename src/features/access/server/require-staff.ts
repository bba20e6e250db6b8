// The one entrance to the staff area, for pages, server actions and route handlers alike.
// Each declares the permission it needs; the answer is the caller's StaffContext (user,
// active institution, role) or a refusal that tells an outsider nothing.
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { AppError, isAppError } from "@/lib/http/errors";
import { safeCallbackPath } from "../domain/callback-url";
import { holds, type Permission } from "../domain/permissions";
import { resolveStaffAccess, type StaffAccess } from "./resolve-staff-access";
import { chosenInstitutionId, currentUserId } from "./session";
import { authorize, type StaffContext } from "./staff-context";

/** The access of this request, looked up once however many components ask. */
export const staffAccess = cache(async (): Promise<StaffAccess> =>
  resolveStaffAccess(await currentUserId(), await chosenInstitutionId()),
);

/**
 * For server actions and route handlers: the caller's context, or AppError "unauthorized"
 * (not signed in as staff) or "not_found" (the role lacks the permission).
 */
export async function staffContext(permission?: Permission): Promise<StaffContext> {
  const access = await staffAccess();
  if (access.kind !== "member") throw new AppError("unauthorized", "Sign in as staff first.");
  if (permission) authorize(access.context, permission);
  return access.context;
}

export function signInPath(locale: string, returnTo?: string): string {
  const home = `/${locale}/staff`;
  const callbackUrl = safeCallbackPath(returnTo, home);
  return `/${locale}/staff/sign-in?${new URLSearchParams({ callbackUrl })}`;
}

/**
 * For pages: the caller's context. Signed out, it redirects to sign-in (and back to returnTo
 * afterwards); without the permission the page is not found.
 */
export async function requireStaff(
  locale: string,
  permission?: Permission,
  returnTo?: string,
): Promise<StaffContext> {
  const access = await staffAccess();
  if (access.kind === "signed_out") redirect(signInPath(locale, returnTo));
  if (access.kind === "no_membership") {
    // A network lead's home is the network report; a school's page is, for them, not there.
    if (access.leadsNetwork) {
      if (permission) notFound();
      redirect(`/${locale}/staff/network`);
    }
    redirect(`/${locale}/staff/no-access`);
  }
  if (permission && !holds(access.context, permission)) notFound();
  return access.context;
}

/** For pages that load one record: a not-found refusal becomes the locale's 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
