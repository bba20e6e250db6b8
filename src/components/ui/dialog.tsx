"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "./button";

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** A modal dialog on the native <dialog>: focus is trapped and Escape closes it. */
export function Dialog({ open, onClose, title, children, actions }: DialogProps) {
  const t = useTranslations("ui");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="dialog-title"
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-6 text-ink shadow-xl backdrop:bg-black/40"
    >
      <h2 id="dialog-title" className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <div className="mb-5">{children}</div>
      <div className="flex flex-wrap justify-end gap-3">
        {actions}
        <Button variant="secondary" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
    </dialog>
  );
}
