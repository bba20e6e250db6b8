import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui";
import { findInvitation } from "../server/people/find-invitation";
import { AuthCard } from "./auth-card";
import { JoinForm, NewAccountForm } from "./invitation-forms";

const CLOSED = {
  expired: { title: "invitation.expiredTitle", text: "invitation.expiredText" },
  accepted: { title: "invitation.acceptedTitle", text: "invitation.acceptedText" },
  invalid: { title: "invitation.invalidTitle", text: "invitation.invalidText" },
} as const;

/** Where an invitation link leads: the form to join, or why the link no longer works. */
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
  return (
    <AuthCard
      title={t("invitation.title", { institution })}
      intro={t("invitation.intro", { role: tRoles(invitation.role), email: invitation.email })}
    >
      {invitation.hasAccount ? (
        <JoinForm token={token} institution={institution} />
      ) : (
        <NewAccountForm token={token} email={invitation.email} />
      )}
    </AuthCard>
  );
}
