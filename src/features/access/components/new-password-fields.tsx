"use client";

import type { FormState } from "@/lib/forms/form-state";
import { TextField } from "@/components/forms/form-parts";
import { PASSWORD_MAX, PASSWORD_MIN } from "../schemas";

/** A new password and the same again, as both "choose a password" forms ask for it. */
export function NewPasswordFields({
  state,
  label,
  hint,
  confirmLabel,
}: {
  state: FormState;
  label: string;
  hint: string;
  confirmLabel: string;
}) {
  const common = { state, type: "password", autoComplete: "new-password", required: true };
  return (
    <>
      <TextField
        {...common}
        name="password"
        label={label}
        hint={hint}
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
      />
      <TextField {...common} name="confirm" label={confirmLabel} maxLength={PASSWORD_MAX} />
    </>
  );
}
