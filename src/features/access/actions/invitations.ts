"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import { acceptInvitationSchema, joinInvitationSchema } from "../schemas";
import { acceptInvitation } from "../server/invitations/accept-invitation";
import { signInPath } from "../server/require-staff";
import { currentUserId, rememberInstitution } from "../server/session";
import { guarded, parseForm } from "@/lib/forms/form-action";

const invitationPath = (locale: string, token: string) => `/${locale}/staff/invitation/${token}`;

export async function acceptWithNewAccount(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(acceptInvitationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { token, name, password } = parsed.data;
  return guarded(parsed.values, async () => {
    const locale = await getLocale();
    const result = await acceptInvitation(token, { name, password });
    if (result.ok) redirect(`/${locale}/staff/sign-in?notice=accountReady`);
    // The address has an account: its owner signs in, and comes back here to join.
    if (result.reason === "account_exists") {
      redirect(`${signInPath(locale, invitationPath(locale, token))}&notice=signInToAccept`);
    }
    // Otherwise the invitation's page explains what is wrong with the link.
    redirect(invitationPath(locale, token));
  });
}

/** Joins the school as the signed-in person, who must be the one invited. */
export async function acceptAsSignedIn(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(joinInvitationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { token } = parsed.data;
  return guarded(parsed.values, async () => {
    const locale = await getLocale();
    const userId = await currentUserId();
    if (!userId) redirect(signInPath(locale, invitationPath(locale, token)));
    const result = await acceptInvitation(token, { userId });
    if (!result.ok) redirect(invitationPath(locale, token));
    await rememberInstitution(result.institutionId);
    redirect(`/${locale}/staff`);
  });
}
