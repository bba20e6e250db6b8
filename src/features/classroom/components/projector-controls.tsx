"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, cx } from "@/components/ui";

/**
 * The teacher's buttons under the projector view. They fade after a few seconds without the
 * mouse or a key (the class should see the step, not a red "End the session") and come back on
 * any movement; a button reached with the keyboard keeps them visible while it has focus.
 * With reduced motion they appear and go without a transition.
 */
export function ProjectorControls({
  idle,
  wallShown,
  onWall,
  children,
  trailing,
}: {
  idle: boolean;
  wallShown: boolean;
  onWall: () => void;
  /** The controls of the view (steps, full screen, notes, end). */
  children?: ReactNode;
  /** Set apart at the far end (ending the session, leaving the summary). */
  trailing?: ReactNode;
}) {
  const t = useTranslations("classroom.present");
  return (
    <footer
      data-idle={idle ? "true" : "false"}
      className={cx(
        "flex flex-wrap items-center gap-3 motion-safe:transition-opacity motion-safe:duration-500",
        idle && "opacity-0 has-[:focus-visible]:opacity-100",
      )}
    >
      {children}
      <Button variant="secondary" size="lg" onClick={onWall} aria-pressed={wallShown}>
        {wallShown ? t("hideWall") : t("showWall")}
      </Button>
      {trailing ? <div className="ml-auto">{trailing}</div> : null}
      <p className="w-full text-sm text-muted">{t("keyboardHint")}</p>
    </footer>
  );
}
