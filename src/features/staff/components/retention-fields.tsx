"use client";

import { useTranslations } from "next-intl";
import { RETENTION_LIMITS } from "@/features/retention";
import type { FormState } from "@/lib/forms/form-state";
import type { InstitutionSettings } from "../server/settings/get-settings";
import { TextField } from "@/components/forms/form-parts";

const FIELDS = [
  "reflectionRetentionWeeks",
  "answerRetentionMonths",
  "flagRetentionMonths",
  "auditRetentionMonths",
] as const;

/** How long the school keeps each kind of data; the daily retention job deletes it afterwards. */
export function RetentionFields({
  state,
  settings,
}: {
  state: FormState;
  settings: InstitutionSettings;
}) {
  const t = useTranslations("retention");
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-xl font-bold">{t("fields.title")}</legend>
      <p className="text-muted">{t("fields.intro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((name) => {
          const limit = RETENTION_LIMITS[name];
          return (
            <TextField
              key={name}
              state={state}
              name={name}
              label={t(`fields.${name}.label`)}
              hint={t(`fields.${name}.hint`, {
                min: limit.min,
                max: limit.max,
                default: limit.default,
              })}
              type="number"
              inputMode="numeric"
              min={limit.min}
              max={limit.max}
              defaultValue={String(settings[name])}
              required
            />
          );
        })}
      </div>
    </fieldset>
  );
}
