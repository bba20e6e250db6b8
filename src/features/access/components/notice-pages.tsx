import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui";
import { signOutNow } from "../actions/sign-in";
import { AuthCard } from "./auth-card";

/** After asking for a sign-in link. */
export async function CheckEmailPage() {
  const t = await getTranslations("staffAuth.checkEmail");
  return (
    <AuthCard title={t("title")} intro={t("text")}>
      <LinkButton href="/staff/sign-in" variant="secondary" className="self-start">
        {t("back")}
      </LinkButton>
    </AuthCard>
  );
}

/** Where next-auth sends a sign-in link that failed (expired, used or tampered with). */
export async function AuthErrorPage({ error }: { error: string | undefined }) {
  const t = await getTranslations("staffAuth.authError");
  return (
    <AuthCard title={t("title")} intro={error === "Verification" ? t("verification") : t("other")}>
      <LinkButton href="/staff/sign-in" className="self-start">
        {t("back")}
      </LinkButton>
    </AuthCard>
  );
}

/** Signed in, but no longer a member of any institution. */
export async function NoAccessPage() {
  const t = await getTranslations("staff.noAccess");
  return (
    <AuthCard title={t("title")} intro={t("text")}>
      <form action={signOutNow}>
        <button type="submit" className="font-bold text-brand underline">
          {t("signOut")}
        </button>
      </form>
    </AuthCard>
  );
}
