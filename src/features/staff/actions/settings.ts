"use server";

import { refresh } from "next/cache";
import type { FormState } from "../form-state";
import { settingsSchema } from "../schemas";
import { updateSettings } from "../server/settings/update-settings";
import { staffContext } from "../server/require-staff";
import { guarded, parseForm, succeeded } from "./form";

export async function saveSettingsFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(settingsSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    await updateSettings(await staffContext("settings:manage"), parsed.data);
    refresh();
    return { ...succeeded("saved"), values: parsed.values };
  });
}
