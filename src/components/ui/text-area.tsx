"use client";

import { useId, type TextareaHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { inputClasses } from "./field";
import { cx } from "./cx";

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value"> {
  value: string;
  maxLength: number;
}

/** A text area with a live character counter; the count is announced only near the limit. */
export function TextArea({ value, maxLength, className, ...props }: TextAreaProps) {
  const t = useTranslations("ui");
  const counterId = useId();
  const left = maxLength - value.length;
  const near = left <= Math.max(50, maxLength * 0.1);
  const describedBy = [props["aria-describedby"], counterId].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <textarea
        {...props}
        value={value}
        maxLength={maxLength}
        aria-describedby={describedBy}
        className={cx(inputClasses, "min-h-36 resize-y leading-relaxed", className)}
      />
      <p
        id={counterId}
        className={cx("self-end text-sm", near ? "font-bold text-accent" : "text-muted")}
        aria-live={near ? "polite" : "off"}
      >
        {t("charactersLeft", { count: left })}
      </p>
    </div>
  );
}
