"use client";

import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";
import { TEXT_SIZES, type TextSize } from "./use-text-size";

const glyph: Record<TextSize, string> = {
  normal: "text-base",
  large: "text-xl",
  larger: "text-2xl",
};

/** Three sizes of the story text, as toggle buttons: the pressed one is the size in use. */
export function TextSizeControl({
  size,
  onChange,
}: {
  size: TextSize;
  onChange: (size: TextSize) => void;
}) {
  const t = useTranslations("stories.textSize");
  return (
    <div role="group" aria-label={t("label")} className="flex items-center gap-1">
      <span aria-hidden="true" className="mr-1 text-sm font-bold text-muted">
        {t("label")}
      </span>
      {TEXT_SIZES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === size}
          aria-label={t(option)}
          onClick={() => onChange(option)}
          className={cx(
            "grid size-11 place-items-center rounded-xl border-2 font-bold leading-none",
            option === size
              ? "border-brand bg-brand text-white dark:text-paper"
              : "border-line bg-surface text-ink hover:border-brand",
          )}
        >
          <span aria-hidden="true" className={glyph[option]}>
            A
          </span>
        </button>
      ))}
    </div>
  );
}
