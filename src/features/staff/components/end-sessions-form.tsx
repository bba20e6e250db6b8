"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { endSessionsFromForm } from "../actions/people";
import { IDLE } from "@/lib/forms/form-state";
import { FormMessage, SubmitButton, type NoticeOf } from "@/components/forms/form-parts";

/** Signs a colleague out everywhere: for a lost phone or a computer left signed in. */
export function EndSessionsForm({ membershipId, name }: { membershipId: string; name: string }) {
  const t = useTranslations("staffPeople");
  const [state, action] = useActionState(endSessionsFromForm, IDLE);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <SubmitButton variant="ghost">
        {t("endSessions")}
        <span className="sr-only">: {name}</span>
      </SubmitButton>
      <FormMessage
        state={state}
        notices={(key: NoticeOf<"staffPeople">) => t(`notices.${key}`, { name })}
      />
    </form>
  );
}
