"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { askForResetLink, chooseNewPassword } from "../actions/passwords";
import { IDLE } from "@/lib/forms/form-state";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { NewPasswordFields } from "./new-password-fields";

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
      <NewPasswordFields
        state={state}
        label={t("password")}
        hint={t("passwordHint")}
        confirmLabel={t("confirm")}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
