"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useFieldError } from "@/components/forms/form-parts";
import { type FormState } from "@/lib/forms/form-state";
import { StoryMeta } from "@/features/stories";
import type { PickerStory } from "../domain/picker-story";

/**
 * The stories for step 3, each with what a teacher needs to choose: its teaser, topics,
 * reading time and, behind a disclosure, its opening paragraph. The box's label is the title
 * alone; the rest describes it, so a screen reader hears both without the disclosure inside
 * the label (a control inside a label would toggle the box).
 */
export function StoryPicker({
  state,
  name,
  stories,
  checked,
}: {
  state: FormState;
  name: string;
  stories: PickerStory[];
  checked: (slug: string) => boolean;
}) {
  const t = useTranslations("classroom.staff");
  const id = useId();
  const error = useFieldError(state, name, t("errors.storySlugs"));
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].join(" ").trim();
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-3">
      <legend className="mb-1.5 font-bold">{t("stories")}</legend>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t("storiesHint")}
      </p>
      <ul className="grid gap-3 lg:grid-cols-2">
        {stories.map((story) => {
          const about = `${id}-${story.slug}`;
          return (
            <li
              key={story.slug}
              className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
            >
              <label className="flex min-h-11 items-center gap-3 font-bold">
                <input
                  type="checkbox"
                  name={name}
                  value={story.slug}
                  defaultChecked={checked(story.slug)}
                  aria-describedby={about}
                  className="size-5 shrink-0 accent-brand"
                />
                <span className="break-words text-lg">{story.title}</span>
                {story.local ? (
                  <span className="rounded-full bg-accent-soft px-2 py-0.5 text-sm text-ink">
                    {t("localStory")}
                  </span>
                ) : null}
              </label>
              <div id={about} className="flex flex-col gap-2">
                <p>{story.teaser}</p>
                <StoryMeta story={story} tagClassName="bg-paper" />
              </div>
              <details className="group">
                <summary className="min-h-11 cursor-pointer content-center font-bold text-brand">
                  {t("preview")}
                  <span className="sr-only">: {story.title}</span>
                </summary>
                <p className="mt-1 border-l-4 border-line pl-3 italic">{story.opening}</p>
              </details>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-bold text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
