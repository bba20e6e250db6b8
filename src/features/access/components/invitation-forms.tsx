"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptAsSignedIn, acceptWithNewAccount } from "../actions/invitations";
import { IDLE } from "@/lib/forms/form-state";
import { NAME_MAX } from "@/lib/forms/fields";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { NewPasswordFields } from "./new-password-fields";

export function NewAccountForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("staffAuth.invitation");
  const [state, action] = useActionState(acceptWithNewAccount, IDLE);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right address. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <FormMessage state={state} />
      <TextField
        state={state}
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        autoComplete="name"
        maxLength={NAME_MAX}
        required
      />
      <NewPasswordFields
        state={state}
        label={t("password")}
        hint={t("passwordHint")}
        confirmLabel={t("confirm")}
      />
      <SubmitButton size="lg">{t("submit")}</SubmitButton>
    </form>
  );
}

/** For the invited person, signed in with the invited address. */
export function JoinForm({
  token,
  institution,
  email,
}: {
  token: string;
  institution: string;
  email: string;
}) {
  const t = useTranslations("staffAuth.invitation");
  const [state, action] = useActionState(acceptAsSignedIn, IDLE);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <p>{t("signedInText", { email })}</p>
      <SubmitButton size="lg">{t("join", { institution })}</SubmitButton>
    </form>
  );
}
