"use server";

import { refresh } from "next/cache";
import type { FormState } from "@/lib/forms/form-state";
import { membershipIdSchema } from "../schemas";
import { eraseStaffMember } from "../server/personal-data/erase-staff-member";
import { staffContext } from "@/features/access/server";
import { guarded, parseForm, succeeded } from "@/lib/forms/form-action";

export async function eraseStaffMemberFromForm(
  _: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(membershipIdSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    const { scope } = await eraseStaffMember(
      await staffContext("people:manage"),
      parsed.data.membershipId,
    );
    refresh();
    return succeeded(scope === "account" ? "erased" : "erasedHere");
  });
}
