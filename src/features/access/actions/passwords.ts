"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { requestLogger } from "@/lib/log";
import type { FormState } from "@/lib/forms/form-state";
import { forgotPasswordSchema, resetPasswordSchema } from "../schemas";
import { requestPasswordReset } from "../server/passwords/request-password-reset";
import { resetPassword } from "../server/passwords/reset-password";
import { parseForm, succeeded } from "@/lib/forms/form-action";

export async function askForResetLink(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(forgotPasswordSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { email } = parsed.data;
  // Mailed after the answer, so the time taken does not tell whether the address has an account.
  const log = await requestLogger();
  after(() =>
    requestPasswordReset(email, isLocale(locale) ? locale : "en").catch((error: unknown) =>
      log.error({ err: error }, "could not send a password reset mail"),
    ),
  );
  return succeeded("resetSent");
}

export async function chooseNewPassword(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(resetPasswordSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { token, password } = parsed.data;
  const outcome = await resetPassword(token, password);
  // Done: sign in. Otherwise the link's own page explains that it expired or was used.
  redirect(
    outcome.ok
      ? `/${locale}/staff/sign-in?notice=passwordChanged`
      : `/${locale}/staff/reset-password/${token}`,
  );
}
