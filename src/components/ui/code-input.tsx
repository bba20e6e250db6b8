import type { InputHTMLAttributes } from "react";
import { cx } from "./cx";
import { Input } from "./field";

/**
 * A short public code as typed from a board, a poster or a projector: capitals and digits, a
 * text keyboard in capitals, no autocorrect, large letters.
 */
export function CodeInput({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Input
      inputMode="text"
      autoCapitalize="characters"
      autoComplete="off"
      autoCorrect="off"
      spellCheck={false}
      enterKeyHint="go"
      className={cx("min-h-14 text-2xl font-bold uppercase tracking-widest", className)}
      {...props}
    />
  );
}
