import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button";
import { cx } from "./cx";

type LinkButtonProps = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

/** A link (it navigates) that looks like a button. Keeps the current locale. */
export function LinkButton({ variant, size, className, ...props }: LinkButtonProps) {
  return <Link className={cx(buttonClasses(variant, size), className)} {...props} />;
}
