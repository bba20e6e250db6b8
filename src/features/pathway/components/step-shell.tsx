"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Progress } from "@/components/ui";

export const PATHWAY_STEP_COUNT = 5;

interface StepShellProps {
  progress: { value: number; max: number; step: number };
  online: boolean;
  pending: number;
  children: ReactNode;
}

/** Every pathway step: how far along the student is, and whether anything waits to be sent. */
export function StepShell({ progress, online, pending, children }: StepShellProps) {
  const t = useTranslations("pathway");
  const label = t("progress", { step: progress.step, total: PATHWAY_STEP_COUNT });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6 sm:py-10">
      <div className="flex flex-col gap-2">
        <p aria-hidden="true" className="text-sm font-bold text-muted">
          {label}
        </p>
        <Progress value={progress.value} max={progress.max} label={label} />
      </div>
      <div role="status">
        {!online ? (
          <p className="rounded-xl bg-accent-soft p-3 text-ink">{t("offline")}</p>
        ) : pending > 0 ? (
          <p className="rounded-xl bg-accent-soft p-3 text-ink">
            {t("pending", { count: pending })}
          </p>
        ) : null}
      </div>
      {children}
    </div>
  );
}
