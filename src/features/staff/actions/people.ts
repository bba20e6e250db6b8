"use server";

import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { mailIsDelivered } from "@/lib/mail";
import type { FormState } from "@/lib/forms/form-state";
import { changeRoleSchema, invitationIdSchema, inviteSchema, membershipIdSchema } from "../schemas";
import { changeRole } from "../server/people/change-role";
import { endMemberSessions } from "../server/people/end-sessions";
import { invitePerson } from "../server/people/invite-person";
import { removeMember } from "../server/people/remove-member";
import { revokeInvitation } from "../server/people/revoke-invitation";
import { staffContext } from "@/features/access/server";
import { guarded, parseForm, succeeded } from "@/lib/forms/form-action";

export async function invitePersonFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(inviteSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    const ctx = await staffContext("people:manage");
    const sent = await invitePerson(ctx, parsed.data, isLocale(locale) ? locale : "en");
    refresh();
    // Where mail does not reach people, the admin passes the link on themselves.
    const showLink = !sent.mailSent || !mailIsDelivered();
    return succeeded(sent.mailSent ? "invited" : "inviteNotMailed", {
      email: parsed.data.email,
      ...(showLink ? { link: sent.link } : {}),
    });
  });
}

export async function revokeInvitationFromForm(
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(invitationIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    await revokeInvitation(await staffContext("people:manage"), parsed.data.invitationId);
    refresh();
    return succeeded("revoked");
  });
}

export async function changeRoleFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(changeRoleSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    await changeRole(
      await staffContext("people:manage"),
      parsed.data.membershipId,
      parsed.data.role,
    );
    refresh();
    return succeeded("roleChanged");
  });
}

export async function removeMemberFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(membershipIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    await removeMember(await staffContext("people:manage"), parsed.data.membershipId);
    refresh();
    return succeeded("removed");
  });
}

export async function endSessionsFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(membershipIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    await endMemberSessions(await staffContext("people:manage"), parsed.data.membershipId);
    refresh();
    return succeeded("sessionsEnded");
  });
}
