"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import type { HelpView } from "@/features/pathway";
import type { StoryView } from "@/features/stories";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { PREVIEW_POSITIONS, previewRoom } from "../domain/room-state";
import { PhoneScreens } from "./classroom-phone";
import { PreviewBar } from "./preview-bar";
import type { AdviceOutcome } from "./send-advice";

/** In a preview the advice goes nowhere: the phone shows the thank-you a student would see. */
const sendNowhere = async (): Promise<AdviceOutcome> => ({ status: "sent", support: false });

/**
 * "Try it as a student": the phone's screens of a session, stepped by the teacher instead of
 * the room. Nothing is sent: no join, no advice, no count.
 */
export function PreviewPhone({
  locale,
  stories,
  help,
  leave,
}: {
  locale: Locale;
  stories: StoryView[];
  help: HelpView;
  /** Ends the preview (a server action). */
  leave: () => Promise<void>;
}) {
  const t = useTranslations("classroom.preview");
  const [position, setPosition] = useState(0);
  return (
    <div className="flex flex-col">
      <PreviewBar id="preview-title" title={t("title")}>
        <p className="text-sm">{t("text")}</p>
        <p className="text-sm font-bold" aria-live="polite">
          {t("position", { number: position + 1, total: PREVIEW_POSITIONS })}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() => setPosition((p) => p - 1)}
            disabled={position === 0}
          >
            {t("previous")}
          </Button>
          <Button
            onClick={() => setPosition((p) => p + 1)}
            disabled={position === PREVIEW_POSITIONS - 1}
          >
            {t("next")}
          </Button>
          <Link href="/pathway" className="self-center font-bold text-brand">
            {t("pathway")}
          </Link>
          <form action={leave} className="contents">
            <Button type="submit" variant="ghost">
              {t("leave")}
            </Button>
          </form>
        </div>
      </PreviewBar>
      <PhoneScreens
        state={previewRoom(position)}
        connected
        draftKey="preview"
        locale={locale}
        stories={stories}
        help={help}
        send={sendNowhere}
        fresh
      />
    </div>
  );
}
