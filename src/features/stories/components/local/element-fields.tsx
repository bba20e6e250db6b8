"use client";

import { useTranslations } from "next-intl";
import { Field, Input, inputClasses } from "@/components/ui";
import { TEASER_LIMITS, TITLE_LIMITS } from "../../domain/local-checks";
import { ELEMENT_FIELD, STORY_ELEMENTS, type LocalStoryTextInput } from "../../domain/local-text";

/** Title, teaser and one field per element of the five, each with what it is and an example. */
export function ElementFields({
  text,
  onChange,
}: {
  text: LocalStoryTextInput;
  onChange: (field: keyof LocalStoryTextInput, value: string) => void;
}) {
  const t = useTranslations("localStories");
  return (
    <>
      {(["title", "teaser"] as const).map((field) => (
        <Field
          key={field}
          id={field}
          label={t(field)}
          hint={field === "teaser" ? t("teaserHint") : undefined}
        >
          {(d) => (
            <Input
              id={field}
              aria-describedby={d}
              maxLength={(field === "title" ? TITLE_LIMITS : TEASER_LIMITS).max}
              value={text[field]}
              onChange={(e) => onChange(field, e.target.value)}
            />
          )}
        </Field>
      ))}
      {STORY_ELEMENTS.map((element, i) => {
        const field = ELEMENT_FIELD[element];
        return (
          <Field
            key={element}
            id={field}
            label={t("elementLabel", { number: i + 1, name: t(`elements.${element}.label`) })}
            hint={
              <>
                {t(`elements.${element}.help`)}{" "}
                <span className="italic">
                  {t("example", { example: t(`elements.${element}.example`) })}
                </span>
              </>
            }
          >
            {(d) => (
              <textarea
                id={field}
                aria-describedby={d}
                rows={5}
                className={inputClasses}
                value={text[field]}
                onChange={(e) => onChange(field, e.target.value)}
              />
            )}
          </Field>
        );
      })}
    </>
  );
}
