"use server";

import { refresh } from "next/cache";
import type { FormState } from "@/lib/forms/form-state";
import { settingsSchema } from "../schemas";
import { updateSettings } from "../server/settings/update-settings";
import { staffContext } from "@/features/access/server";
import { guarded, parseForm, succeeded } from "@/lib/forms/form-action";

export async function saveSettingsFromForm(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(settingsSchema, formData);
  if (!parsed.ok) return parsed.state;
  return guarded(parsed.values, async () => {
    await updateSettings(await staffContext("settings:manage"), parsed.data);
    refresh();
    return { ...succeeded("saved"), values: parsed.values };
  });
}
