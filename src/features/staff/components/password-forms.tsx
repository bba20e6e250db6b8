"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { askForResetLink, chooseNewPassword } from "../actions/passwords";
import { IDLE } from "../form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "../schemas";
import { FormMessage, SubmitButton, TextField } from "./form-parts";

export function ForgotPasswordForm() {
  const t = useTranslations("staffAuth.forgot");
  const [state, action] = useActionState(askForResetLink, IDLE);
  if (state.status === "success") {
    return (
      <p role="status" className="rounded-xl bg-brand-soft px-4 py-3 font-bold">
        {t("sent")}
      </p>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        state={state}
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function NewPasswordForm({ token }: { token: string }) {
  const t = useTranslations("staffAuth.reset");
  const [state, action] = useActionState(chooseNewPassword, IDLE);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <TextField
        state={state}
        name="password"
        label={t("password")}
        hint={t("passwordHint")}
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        required
      />
      <TextField
        state={state}
        name="confirm"
        label={t("confirm")}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
