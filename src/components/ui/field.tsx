import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";

export const inputClasses =
  "w-full rounded-xl border-2 border-line bg-surface px-3 py-2 text-base text-ink " +
  "placeholder:text-muted focus:border-brand aria-[invalid=true]:border-danger";

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Renders the control; receives the ids it must point to with aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
}

/** A label, the control, a hint and an error message, wired together for screen readers. */
export function Field({ id, label, hint, error, children, className }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="font-bold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={errorId} className="text-sm font-bold text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cx(inputClasses, "min-h-11", className)} {...props} />;
}
