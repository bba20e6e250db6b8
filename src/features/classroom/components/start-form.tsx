"use client";

import { useActionState, useId } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button, Field, inputClasses } from "@/components/ui";
import { startSessionFromForm } from "../actions/start-session";
import type { StartFormState } from "../start-form-state";

export interface StartFormOptions {
  groups: { id: string; name: string }[];
  stories: { slug: string; title: string }[];
  languages: { locale: string; name: string }[];
  locale: string;
}

function StartButton() {
  const t = useTranslations("classroom.staff");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" disabled={pending} className="self-start">
      {t("start")}
    </Button>
  );
}

/** The teacher picks a group, the stories for step 3 and the class's language. */
export function StartForm({ groups, stories, languages, locale }: StartFormOptions) {
  const t = useTranslations("classroom.staff");
  const groupId = useId();
  const languageId = useId();
  const storiesError = useId();
  const initial: StartFormState = {
    values: {
      // A teacher with one group has nothing to choose.
      groupId: groups.length === 1 ? groups[0]!.id : "",
      storySlugs: stories.slice(0, 2).map((s) => s.slug),
      locale,
    },
    errors: {},
  };
  const [state, action] = useActionState(startSessionFromForm, initial);
  const chosen = new Set(state.values.storySlugs);
  return (
    <form action={action} className="flex flex-col gap-5">
      {state.formError ? (
        <p role="alert" className="rounded-xl bg-danger/10 px-4 py-3 font-bold text-danger">
          {t("errors.form")}
        </p>
      ) : null}
      <Field id={groupId} label={t("group")} error={state.errors.groupId && t("errors.groupId")}>
        {(describedBy) => (
          <select
            // React resets a form after its action; a new key keeps the choice made.
            key={state.values.groupId}
            id={groupId}
            name="groupId"
            required
            defaultValue={state.values.groupId}
            aria-invalid={state.errors.groupId ? true : undefined}
            aria-describedby={describedBy}
            className={`${inputClasses} min-h-11`}
          >
            <option value="">{t("groupPlaceholder")}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={state.errors.storySlugs ? storiesError : undefined}
      >
        <legend className="font-bold">{t("stories")}</legend>
        <p className="text-sm text-muted">{t("storiesHint")}</p>
        <div className="grid gap-x-6 sm:grid-cols-2">
          {stories.map((story) => (
            <label
              key={`${story.slug}-${chosen.has(story.slug)}`}
              className="flex min-h-11 items-center gap-3"
            >
              <input
                type="checkbox"
                name="storySlugs"
                value={story.slug}
                defaultChecked={chosen.has(story.slug)}
                className="size-5 accent-brand"
              />
              {story.title}
            </label>
          ))}
        </div>
        {state.errors.storySlugs ? (
          <p id={storiesError} role="alert" className="text-sm font-bold text-danger">
            {t("errors.storySlugs")}
          </p>
        ) : null}
      </fieldset>
      <Field
        id={languageId}
        label={t("language")}
        error={state.errors.locale && t("errors.locale")}
      >
        {(describedBy) => (
          <select
            key={state.values.locale}
            id={languageId}
            name="locale"
            defaultValue={state.values.locale}
            aria-describedby={describedBy}
            className={`${inputClasses} min-h-11`}
          >
            {languages.map((language) => (
              <option key={language.locale} value={language.locale} lang={language.locale}>
                {language.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <StartButton />
    </form>
  );
}
