"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { clientKey } from "@/lib/http/client-key";
import { mailIsDelivered } from "@/lib/mail";
import { safeCallbackPath } from "../domain/callback-url";
import type { FormState } from "@/lib/forms/form-state";
import { magicLinkSchema, signInSchema } from "../schemas";
import { MAGIC_LINK_PROVIDER } from "../server/auth/magic-link";
import { PASSWORD_PROVIDER, signIn, signOut } from "../server/auth/next-auth";
import { signInPause } from "../server/auth/sign-in-limits";
import { parseForm } from "@/lib/forms/form-action";

export async function signInWithPassword(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { email, password, callbackUrl } = parsed.data;
  // Too many wrong passwords from this network: say so, rather than "wrong password" again.
  if (!(await signInPause(clientKey({ headers: await headers() }))).allowed) {
    return { status: "error", errors: {}, formError: "tooManyAttempts", values: parsed.values };
  }
  try {
    await signIn(PASSWORD_PROVIDER, { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // One message for every failure: it must not tell whether the address has an account.
    return { status: "error", errors: {}, formError: "signInFailed", values: parsed.values };
  }
  redirect(safeCallbackPath(callbackUrl, `/${locale}/staff`));
}

export async function sendSignInLink(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(magicLinkSchema, formData);
  if (!parsed.ok) return parsed.state;
  if (!mailIsDelivered()) {
    return { status: "error", errors: {}, formError: "mailFailed", values: parsed.values };
  }
  const { email, callbackUrl } = parsed.data;
  try {
    await signIn(MAGIC_LINK_PROVIDER, {
      email,
      redirect: false,
      redirectTo: safeCallbackPath(callbackUrl, `/${locale}/staff`),
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: "error", errors: {}, formError: "mailFailed", values: parsed.values };
  }
  redirect(`/${locale}/staff/check-email`);
}

export async function signOutNow(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}/staff/sign-in?notice=signedOut` });
}
