"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { inputClasses, cx } from "@/components/ui";
import { switchInstitution } from "../actions/institution";
import { IDLE } from "@/lib/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";

/** For people in several schools: which one they are working in now. */
export function InstitutionSwitcher({
  institutions,
  activeId,
}: {
  institutions: { id: string; name: string }[];
  activeId: string;
}) {
  const t = useTranslations("staff");
  const id = useId();
  const [state, action] = useActionState(switchInstitution, IDLE);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-bold">
          {t("shell.institution")}
        </label>
        <select
          id={id}
          name="institutionId"
          defaultValue={activeId}
          className={cx(inputClasses, "min-h-11 max-w-64")}
        >
          {institutions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton variant="secondary">{t("shell.switchInstitution")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
