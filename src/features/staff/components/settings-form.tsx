"use client";

import { useActionState, useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/ui";
import { TextArea } from "@/components/ui/text-area";
import { localeNames, locales } from "@/i18n/locales";
import { saveSettingsFromForm } from "../actions/settings";
import { COUNTRIES } from "@/lib/countries";
import { IDLE } from "@/lib/forms/form-state";
import {
  DATA_PROTECTION_CONTACT_MAX,
  HELP_CONTACTS_MAX,
  NAME_MAX,
  REMINDER_HOURS_MAX,
  REMINDER_HOURS_MIN,
} from "../schemas";
import type { InstitutionSettings } from "../server/settings/get-settings";
import {
  FormMessage,
  SelectField,
  SubmitButton,
  TextField,
  type NoticeOf,
} from "@/components/forms/form-parts";
import { RetentionFields } from "./retention-fields";

export function SettingsForm({ settings }: { settings: InstitutionSettings }) {
  const t = useTranslations("staffSettings");
  const tErrors = useTranslations("staff.errors");
  const locale = useLocale();
  const helpId = useId();
  const [state, action] = useActionState(saveSettingsFromForm, IDLE);
  const [help, setHelp] = useState(settings.helpContacts);
  const countryName = new Intl.DisplayNames([locale], { type: "region" });
  const countries = [...COUNTRIES].sort((a, b) =>
    (countryName.of(a) ?? a).localeCompare(countryName.of(b) ?? b, locale),
  );
  const helpError = state.errors.helpContacts;
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      <FormMessage
        state={state}
        notices={(key: NoticeOf<"staffSettings">) => t(`notices.${key}`)}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("schoolTitle")}</legend>
        <TextField
          state={state}
          name="name"
          label={t("name")}
          defaultValue={settings.name}
          maxLength={NAME_MAX}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            state={state}
            name="country"
            label={t("country")}
            hint={t("countryHint")}
            defaultValue={settings.country}
          >
            {countries.map((code) => (
              <option key={code} value={code}>
                {countryName.of(code)}
              </option>
            ))}
          </SelectField>
          <SelectField
            state={state}
            name="defaultLocale"
            label={t("defaultLocale")}
            hint={t("defaultLocaleHint")}
            defaultValue={settings.defaultLocale}
          >
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("privacyTitle")}</legend>
        <TextField
          state={state}
          name="minGroupSize"
          label={t("minGroupSize")}
          hint={t("minGroupSizeHint")}
          type="number"
          inputMode="numeric"
          min={3}
          max={100}
          defaultValue={String(settings.minGroupSize)}
          required
        />
        <TextField
          state={state}
          name="pathwayThreshold"
          label={t("pathwayThreshold")}
          hint={t("pathwayThresholdHint")}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          defaultValue={String(settings.pathwayThreshold)}
          required
        />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("supportTitle")}</legend>
        <Field
          id={helpId}
          label={t("helpContacts")}
          hint={t("helpContactsHint")}
          error={helpError ? tErrors(helpError) : undefined}
        >
          {(describedBy) => (
            <TextArea
              id={helpId}
              name="helpContacts"
              value={help}
              onChange={(e) => setHelp(e.target.value)}
              maxLength={HELP_CONTACTS_MAX}
              aria-describedby={describedBy}
              aria-invalid={helpError ? true : undefined}
            />
          )}
        </Field>
        <TextField
          state={state}
          name="safeguardingEmail"
          label={t("safeguardingEmail")}
          hint={t("safeguardingEmailHint")}
          type="email"
          defaultValue={settings.safeguardingEmail ?? ""}
        />
        <TextField
          state={state}
          name="safeguardingReminderHours"
          label={t("safeguardingReminderHours")}
          hint={t("safeguardingReminderHoursHint")}
          type="number"
          inputMode="numeric"
          min={REMINDER_HOURS_MIN}
          max={REMINDER_HOURS_MAX}
          defaultValue={String(settings.safeguardingReminderHours)}
          required
        />
        <TextField
          state={state}
          name="dataProtectionContact"
          label={t("dataProtectionContact")}
          hint={t("dataProtectionContactHint")}
          maxLength={DATA_PROTECTION_CONTACT_MAX}
          defaultValue={settings.dataProtectionContact}
        />
      </fieldset>
      <RetentionFields state={state} settings={settings} />
      <SubmitButton size="lg" className="self-start">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
