"use client";

import type { ReactNode, RefObject } from "react";
import { cx } from "@/components/ui";

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceListProps {
  /** The form name that groups the inputs (radio buttons move with the arrow keys in it). */
  name: string;
  type: "radio" | "checkbox";
  choices: readonly Choice[];
  checked: (value: string) => boolean;
  onToggle: (value: string) => void;
  describedBy?: string;
}

/**
 * Answer options as big, full-width rows: the whole row is the touch target (at least 48 px
 * high), with the native input inside so keyboards and screen readers get the real control.
 */
export function ChoiceList({
  name,
  type,
  choices,
  checked,
  onToggle,
  describedBy,
}: ChoiceListProps) {
  return (
    <ul className="flex flex-col gap-2">
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <li key={choice.value}>
            <label
              htmlFor={id}
              className={cx(
                "flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border-2 border-line",
                "bg-surface px-4 py-2.5 text-base leading-snug transition-colors",
                "hover:border-brand has-[:checked]:border-brand has-[:checked]:bg-brand-soft",
                "has-[:checked]:font-bold",
              )}
            >
              <input
                id={id}
                type={type}
                name={name}
                value={choice.value}
                checked={checked(choice.value)}
                onChange={() => onToggle(choice.value)}
                aria-describedby={describedBy}
                className="size-5 shrink-0 accent-brand"
              />
              <span>{choice.label}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

interface QuestionFieldsetProps {
  title: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  hint?: { id: string; text: string };
  children: ReactNode;
}

/**
 * A question with options: a fieldset whose legend is the screen's heading, so screen readers
 * announce the question with each option, and focus can move to it on Next.
 */
export function QuestionFieldset({ title, headingRef, hint, children }: QuestionFieldsetProps) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-3 w-full">
        <h1 ref={headingRef} tabIndex={-1} className={questionHeadingClasses}>
          {title}
        </h1>
      </legend>
      {hint ? (
        <p id={hint.id} className="text-muted">
          {hint.text}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

export const questionHeadingClasses = "text-2xl font-bold leading-snug outline-none";
