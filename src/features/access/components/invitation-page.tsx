import { getLocale, getTranslations } from "next-intl/server";
import { Button, LinkButton } from "@/components/ui";
import { signOutNow } from "../actions/sign-in";
import { findInvitation } from "../server/invitations/find-invitation";
import { staffAccess } from "../server/require-staff";
import { AuthCard } from "./auth-card";
import { JoinForm, NewAccountForm } from "./invitation-forms";

const CLOSED = {
  expired: { title: "invitation.expiredTitle", text: "invitation.expiredText" },
  accepted: { title: "invitation.acceptedTitle", text: "invitation.acceptedText" },
  invalid: { title: "invitation.invalidTitle", text: "invitation.invalidText" },
} as const;

/**
 * Where an invitation link leads: the form to join, or why the link no longer works. Signed
 * out, the page is the same whether or not the address has an account (sign in, or create
 * one); only the invited person, signed in, can join with an existing account.
 */
export async function InvitationPage({ token }: { token: string }) {
  const t = await getTranslations("staffAuth");
  const tRoles = await getTranslations("staff.roles");
  const invitation = await findInvitation(token);
  if (invitation.state !== "open") {
    const institution = invitation.state === "invalid" ? "" : invitation.institutionName;
    return (
      <AuthCard
        title={t(CLOSED[invitation.state].title)}
        intro={t(CLOSED[invitation.state].text, { institution })}
      >
        <LinkButton href="/staff/sign-in" className="self-start">
          {t("invitation.signIn")}
        </LinkButton>
      </AuthCard>
    );
  }
  const institution = invitation.institutionName;
  const { email } = invitation;
  const access = await staffAccess();
  const signedInAs = access.kind === "signed_out" ? null : access.user.email;
  const locale = await getLocale();
  const callbackUrl = `/${locale}/staff/invitation/${token}`;
  return (
    <AuthCard
      title={t("invitation.title", { institution })}
      intro={t("invitation.intro", { role: tRoles(invitation.role), email })}
    >
      {signedInAs === email ? (
        <JoinForm token={token} institution={institution} email={email} />
      ) : signedInAs ? (
        <>
          <p>{t("invitation.wrongAccount", { current: signedInAs, email })}</p>
          <form action={signOutNow}>
            <Button type="submit" variant="secondary">
              {t("invitation.signOut")}
            </Button>
          </form>
        </>
      ) : (
        <>
          <section className="flex flex-col gap-3" aria-labelledby="has-account">
            <h2 id="has-account" className="text-lg font-bold">
              {t("invitation.haveAccountTitle")}
            </h2>
            <p>{t("invitation.haveAccountText")}</p>
            <LinkButton
              href={`/staff/sign-in?${new URLSearchParams({ callbackUrl })}`}
              variant="secondary"
              className="self-start"
            >
              {t("invitation.signInToAccept")}
            </LinkButton>
          </section>
          <section className="flex flex-col gap-3 border-t border-line pt-5" aria-labelledby="new">
            <h2 id="new" className="text-lg font-bold">
              {t("invitation.newAccountTitle")}
            </h2>
            <NewAccountForm token={token} email={email} />
          </section>
        </>
      )}
    </AuthCard>
  );
}
