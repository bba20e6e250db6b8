"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  CheckboxGroup,
  FormMessage,
  IDLE,
  SelectField,
  SubmitButton,
} from "@/features/staff/forms";
import { startSessionFromForm } from "../actions/start-session";

export interface StartFormOptions {
  groups: { id: string; name: string }[];
  stories: { slug: string; title: string }[];
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
      <CheckboxGroup
        state={state}
        name="storySlugs"
        label={t("stories")}
        hint={t("storiesHint")}
        errorText={t("errors.storySlugs")}
        options={stories.map((story) => ({ value: story.slug, label: story.title }))}
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
      <SubmitButton size="lg" className="self-start">
        {t("start")}
      </SubmitButton>
    </form>
  );
}
