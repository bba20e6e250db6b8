"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { sendSignInLink, signInWithPassword } from "../actions/sign-in";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";

export function SignInForm({ callbackUrl, failed }: { callbackUrl: string; failed: boolean }) {
  const t = useTranslations("staffAuth.signIn");
  const initial: FormState = failed
    ? { ...IDLE, status: "error", formError: "signInFailed" }
    : IDLE;
  const [state, action] = useActionState(signInWithPassword, initial);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <TextField
        state={state}
        name="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        required
      />
      <TextField
        state={state}
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
      />
      <SubmitButton size="lg">{t("submit")}</SubmitButton>
      <Link href="/staff/forgot-password" className="self-start font-bold text-brand">
        {t("forgot")}
      </Link>
    </form>
  );
}

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("staffAuth.signIn");
  const [state, action] = useActionState(sendSignInLink, IDLE);
  return (
    <form
      action={action}
      className="flex flex-col gap-4"
      aria-labelledby="magic-link-title"
      noValidate
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <h2 id="magic-link-title" className="text-lg font-bold">
          {t("linkTitle")}
        </h2>
        <p className="text-muted">{t("linkIntro")}</p>
      </div>
      <FormMessage state={state} />
      <TextField state={state} name="email" label={t("email")} type="email" autoComplete="email" />
      <SubmitButton variant="secondary">{t("linkSubmit")}</SubmitButton>
    </form>
  );
}
