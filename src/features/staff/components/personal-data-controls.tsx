"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { Dialog } from "@/components/ui/dialog";
import { eraseStaffMemberFromForm } from "../actions/personal-data";
import { IDLE } from "@/lib/forms/form-state";
import { FormMessage, SubmitButton, type NoticeOf } from "@/components/forms/form-parts";

/** A staff member's personal data: download it as JSON, or delete it after a confirmation. */
export function PersonalDataControls({
  membershipId,
  name,
}: {
  membershipId: string;
  name: string;
}) {
  const t = useTranslations("staffData");
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(async (prev: typeof IDLE, formData: FormData) => {
    const next = await eraseStaffMemberFromForm(prev, formData);
    setOpen(false);
    return next;
  }, IDLE);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        <a
          href={`/api/v1/staff/people/${encodeURIComponent(membershipId)}/export`}
          download
          className="inline-flex min-h-11 items-center rounded-xl px-3 font-bold text-brand underline-offset-4 hover:underline"
        >
          {t("export")}
          <span className="sr-only">: {name}</span>
        </a>
        <Button variant="ghost" onClick={() => setOpen(true)}>
          {t("erase")}
          <span className="sr-only">: {name}</span>
        </Button>
      </div>
      <FormMessage
        state={state}
        notices={(key: NoticeOf<"staffData">) => t(`notices.${key}`, { name })}
      />
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("eraseTitle", { name })}
        actions={
          <form action={action}>
            <input type="hidden" name="membershipId" value={membershipId} />
            <SubmitButton variant="danger">{t("confirmErase")}</SubmitButton>
          </form>
        }
      >
        <p>{t("eraseText", { name })}</p>
      </Dialog>
    </div>
  );
}
