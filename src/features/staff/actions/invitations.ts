"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { FormState } from "../form-state";
import { acceptInvitationSchema, joinInvitationSchema } from "../schemas";
import { acceptInvitation } from "../server/people/accept-invitation";
import { guarded, parseForm } from "./form";

async function finish(
  token: string,
  account: { name: string; password: string } | null,
): Promise<never> {
  const locale = await getLocale();
  const result = await acceptInvitation(token, account);
  // Accepted: sign in. Otherwise the invitation's page explains what is wrong with the link.
  redirect(
    result.ok
      ? `/${locale}/staff/sign-in?notice=${account ? "accountReady" : "joined"}`
      : `/${locale}/staff/invitation/${token}`,
  );
}

export async function acceptWithNewAccount(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(acceptInvitationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { token, name, password } = parsed.data;
  return guarded(parsed.values, () => finish(token, { name, password }));
}

export async function acceptWithExistingAccount(
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(joinInvitationSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, () => finish(parsed.data.token, null));
}
