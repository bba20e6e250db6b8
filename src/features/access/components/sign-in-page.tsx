import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { mailIsDelivered } from "@/lib/mail";
import { safeCallbackPath } from "../domain/callback-url";
import { staffAccess } from "../server/require-staff";
import { firstParam } from "@/lib/search-params";
import { AuthCard } from "./auth-card";
import { MagicLinkForm, SignInForm } from "./sign-in-form";

const NOTICES = ["passwordChanged", "accountReady", "signInToAccept", "signedOut"] as const;

export async function SignInPage({
  locale,
  searchParams,
}: {
  locale: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const callbackUrl = safeCallbackPath(firstParam(searchParams.callbackUrl), `/${locale}/staff`);
  const access = await staffAccess();
  if (access.kind === "member" || (access.kind === "no_membership" && access.leadsNetwork)) {
    redirect(callbackUrl);
  }
  const t = await getTranslations("staffAuth.signIn");
  const notice = NOTICES.find((n) => n === firstParam(searchParams.notice));
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      {notice ? (
        <p role="status" className="rounded-xl bg-brand-soft px-4 py-3 font-bold">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      <SignInForm
        callbackUrl={callbackUrl}
        failed={firstParam(searchParams.error) === "CredentialsSignin"}
      />
      {mailIsDelivered() ? (
        <>
          <p className="flex items-center gap-3 text-muted" aria-hidden="true">
            <span className="h-px flex-1 bg-line" />
            {t("or")}
            <span className="h-px flex-1 bg-line" />
          </p>
          <MagicLinkForm callbackUrl={callbackUrl} />
        </>
      ) : null}
    </AuthCard>
  );
}
