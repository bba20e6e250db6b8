import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import { mailIsDelivered } from "@/lib/mail";
import { findPasswordReset } from "../server/passwords/find-password-reset";
import { AuthCard } from "./auth-card";
import { ForgotPasswordForm, NewPasswordForm } from "./password-forms";

export async function ForgotPasswordPage() {
  const t = await getTranslations("staffAuth.forgot");
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <ForgotPasswordForm />
      {mailIsDelivered() ? null : <p className="text-sm text-muted">{t("noMail")}</p>}
      <Link href="/staff/sign-in" className="self-start font-bold text-brand">
        {t("back")}
      </Link>
    </AuthCard>
  );
}

export async function ResetPasswordPage({ token }: { token: string }) {
  const t = await getTranslations("staffAuth.reset");
  const state = await findPasswordReset(token);
  if (state !== "open") {
    return (
      <AuthCard
        title={state === "expired" ? t("expiredTitle") : t("invalidTitle")}
        intro={state === "expired" ? t("expiredText") : t("invalidText")}
      >
        <LinkButton href="/staff/forgot-password" className="self-start">
          {t("askAgain")}
        </LinkButton>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("title")}>
      <NewPasswordForm token={token} />
    </AuthCard>
  );
}
