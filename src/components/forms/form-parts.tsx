"use client";

import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { Button, Field, Input, inputClasses, cx, type ButtonProps } from "@/components/ui";
import type { Messages } from "@/i18n/app-config";
import type { FormState } from "@/lib/forms/form-state";

type FieldProps = {
  state: FormState;
  name: string;
  label: string;
  hint?: ReactNode;
  className?: string;
  /** The form's own sentence for any error of this field, instead of the generic one. */
  errorText?: string;
};

/** The translated error of one field after the last submit, if any. */
export function useFieldError(
  state: FormState,
  name: string,
  errorText?: string,
): string | undefined {
  const t = useTranslations("staff.errors");
  const error = state.errors[name];
  return error ? (errorText ?? t(error)) : undefined;
}

/** A labelled input that shows its translated error and keeps what was typed. */
export function TextField({
  state,
  name,
  label,
  hint,
  className,
  defaultValue,
  errorText,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  const id = useId();
  const error = useFieldError(state, name, errorText);
  const kept = input.type === "password" ? undefined : state.values[name];
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <Input
          id={id}
          name={name}
          defaultValue={kept ?? defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </Field>
  );
}

/** A labelled select, the same way. */
export function SelectField({
  state,
  name,
  label,
  hint,
  className,
  defaultValue,
  errorText,
  children,
  ...select
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  const id = useId();
  const error = useFieldError(state, name, errorText);
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <select
          // React resets a form after its action, and a select to its first default: a new
          // key brings back the value sent.
          key={state.values[name]}
          id={id}
          name={name}
          defaultValue={state.values[name] ?? defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cx(inputClasses, "min-h-11")}
          {...select}
        >
          {children}
        </select>
      )}
    </Field>
  );
}

/** Checkboxes that post every ticked value under one name, with the group's error below. */
export function CheckboxGroup({
  state,
  name,
  label,
  hint,
  errorText,
  options,
  checked,
  legendClassName = "font-bold",
}: Omit<FieldProps, "className"> & {
  options: { value: string; label: ReactNode }[];
  /** Whether a box starts ticked. */
  checked: (value: string) => boolean;
  legendClassName?: string;
}) {
  const id = useId();
  const error = useFieldError(state, name, errorText);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim();
  return (
    <fieldset aria-describedby={describedBy || undefined} className="flex flex-col gap-2">
      <legend className={cx("mb-1.5", legendClassName)}>{label}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {options.map((option) => (
        <label
          key={option.value}
          className="flex min-h-11 items-center gap-3 rounded-xl px-2 hover:bg-brand-soft"
        >
          <input
            type="checkbox"
            name={name}
            value={option.value}
            defaultChecked={checked(option.value)}
            className="size-5 accent-brand"
          />
          <span className="break-words">{option.label}</span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-bold text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The success notices of a form's namespace (messages/<locale>/<namespace>.json, "notices"). */
export type NoticeOf<
  Namespace extends "staffPeople" | "staffGroups" | "staffSettings" | "staffData",
> = keyof Messages[Namespace]["notices"] & string;

/** The form-level error (announced) or success notice of the last submit. */
export function FormMessage<Notice extends string = never>({
  state,
  notices,
}: {
  state: FormState;
  /** Translates a success notice key of the form's own namespace. */
  notices?: (key: Notice) => string;
}) {
  const t = useTranslations("staff.errors");
  const error = state.formError
    ? t(state.formError)
    : state.errors.membershipId
      ? t(state.errors.membershipId)
      : undefined;
  if (error) {
    return (
      <p role="alert" className="rounded-xl bg-accent-soft px-4 py-3 font-bold text-danger">
        {error}
      </p>
    );
  }
  if (state.status === "success" && state.notice && notices) {
    return (
      <p role="status" className="rounded-xl bg-brand-soft px-4 py-3 font-bold text-ink">
        {/* The form's own action chose the notice from these keys (succeeded()). */}
        {notices(state.notice as Notice)}
      </p>
    );
  }
  return null;
}

/** A submit button that says it is busy while the action runs. */
export function SubmitButton({ children, ...props }: Omit<ButtonProps, "type">) {
  const { pending } = useFormStatus();
  const t = useTranslations("staff.form");
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending ? t("pending") : children}
    </Button>
  );
}
