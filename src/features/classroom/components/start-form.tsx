"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/forms/form-state";
import { Button } from "@/components/ui";
import { startSessionFromForm } from "../actions/start-session";
import { startStudentPreviewFromForm } from "../actions/student-preview";
import type { PickerStory } from "../domain/picker-story";
import { StoryPicker } from "./story-picker";

export interface StartFormOptions {
  groups: { id: string; name: string }[];
  /** Shipped stories and, with `local: true`, the school's own. */
  stories: PickerStory[];
  languages: { locale: string; name: string }[];
  locale: string;
}

/** Two stories fit the reading step best: ticked to begin with. */
const FIRST_CHOICE = 2;

/** The teacher picks a group, the stories for step 3 and the class's language. */
export function StartForm({ groups, stories, languages, locale }: StartFormOptions) {
  const t = useTranslations("classroom.staff");
  const [state, action] = useActionState(startSessionFromForm, IDLE);
  // After a refusal, the boxes the teacher ticked (maybe none); before, the first two.
  const chosen = new Set(
    state.status === "error"
      ? (state.values.storySlugs?.split(",") ?? [])
      : stories.slice(0, FIRST_CHOICE).map((s) => s.slug),
  );
  return (
    <form action={action} className="flex flex-col gap-5">
      <FormMessage state={state} />
      <SelectField
        state={state}
        name="groupId"
        label={t("group")}
        errorText={t("errors.groupId")}
        // A teacher with one group has nothing to choose.
        defaultValue={groups.length === 1 ? groups[0]!.id : ""}
        required
      >
        <option value="">{t("groupPlaceholder")}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </SelectField>
      <StoryPicker
        state={state}
        name="storySlugs"
        stories={stories}
        checked={(slug) => chosen.has(slug)}
      />
      <SelectField
        state={state}
        name="locale"
        label={t("language")}
        errorText={t("errors.locale")}
        defaultValue={locale}
      >
        {languages.map((language) => (
          <option key={language.locale} value={language.locale} lang={language.locale}>
            {language.name}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton size="lg">{t("start")}</SubmitButton>
        {/* The same choices, as a student would see them on a phone: nothing is stored. */}
        <Button
          type="submit"
          variant="secondary"
          size="lg"
          formAction={startStudentPreviewFromForm}
          formNoValidate
          aria-describedby="try-as-student-hint"
        >
          {t("tryAsStudent")}
        </Button>
      </div>
      <p id="try-as-student-hint" className="text-sm text-muted">
        {t("tryAsStudentHint")}
      </p>
    </form>
  );
}
