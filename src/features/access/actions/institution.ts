"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import { switchInstitutionSchema } from "../schemas";
import { staffAccess } from "../server/require-staff";
import { rememberInstitution } from "../server/session";
import { parseForm } from "@/lib/forms/form-action";

/** Makes another of the person's institutions the active one (only one they belong to). */
export async function switchInstitution(_: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const parsed = parseForm(switchInstitutionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const access = await staffAccess();
  if (access.kind !== "member") {
    return { status: "error", errors: {}, formError: "signedOut", values: parsed.values };
  }
  const { institutionId } = parsed.data;
  if (!access.memberships.some((m) => m.institutionId === institutionId)) {
    return { status: "error", errors: {}, formError: "notFound", values: parsed.values };
  }
  await rememberInstitution(institutionId);
  redirect(`/${locale}/staff`);
}
