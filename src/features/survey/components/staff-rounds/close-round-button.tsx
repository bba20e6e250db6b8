"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/forms/form-state";
import { closeRoundFromForm } from "../../actions/rounds";

/**
 * "Close now", asked once more in a dialog: a closed round cannot be opened again. The dialog
 * exists only while it is open, so the page's many buttons never share its heading's id.
 */
export function CloseRoundButton({ roundId, name }: { roundId: string; name: string }) {
  const t = useTranslations("staffRounds");
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(closeRoundFromForm, IDLE);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("close")}
        <span className="sr-only">: {name}</span>
      </Button>
      {open ? (
        <Dialog
          open
          onClose={() => setOpen(false)}
          title={t("closeTitle", { name })}
          actions={
            <form action={action}>
              <input type="hidden" name="roundId" value={roundId} />
              <SubmitButton variant="danger">{t("confirmClose")}</SubmitButton>
            </form>
          }
        >
          <div className="flex flex-col gap-3">
            <FormMessage state={state} />
            <p>{t("closeText")}</p>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
