"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { HelpView } from "@/features/pathway";
import type { StoryView } from "@/features/stories";
import type { Locale } from "@/i18n/locales";
import { phoneScreen } from "../domain/room-state";
import { AdviceScreen } from "./advice-screen";
import { ClosingScreen, LookUpScreen, StoriesScreen } from "./room-screens";
import { useAdviceDraft } from "./use-advice-draft";
import { useRoom } from "./use-room";

export interface ClassroomPhoneProps {
  code: string;
  locale: Locale;
  /** The stories the teacher chose, in the student's language. */
  stories: StoryView[];
  help: HelpView;
}

/** A student's phone in the session: it shows what the teacher's current step asks of them. */
export function ClassroomPhone({ code, locale, stories, help }: ClassroomPhoneProps) {
  const t = useTranslations("classroomJoin");
  const { state, connection } = useRoom(code);
  const [draft, updateDraft] = useAdviceDraft(code);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  const screen = state ? phoneScreen(state) : null;
  // Sending the advice is a new screen too (the thank-you), with its own heading.
  const screenKey = screen === "advice" && draft.sent ? "thanks" : screen;

  // The room moved on: focus goes to the new screen's title; the first screen keeps the page's.
  useEffect(() => {
    if (!screenKey) return;
    if (shown.current !== null && shown.current !== screenKey) heading.current?.focus();
    shown.current = screenKey;
  }, [screenKey]);

  const title = screenKey
    ? t(
        {
          waiting: "waiting.title",
          listen: "listen.title",
          stories: "stories.title",
          advice: "advice.title",
          thanks: "thanks.title",
          debrief: "debrief.title",
          ended: "closing.title",
        }[screenKey],
      )
    : "";

  const content = (() => {
    switch (screen) {
      case null:
        return (
          <section className="flex flex-col gap-4">
            <h1 className="text-3xl font-bold leading-tight">{t("join.title")}</h1>
            <p className="text-muted">{t("connecting")}</p>
            <noscript>
              <p className="font-bold">{t("noScript")}</p>
            </noscript>
          </section>
        );
      case "waiting":
      case "listen":
      case "debrief":
        return <LookUpScreen headingRef={heading} screen={screen} />;
      case "stories":
        return <StoriesScreen headingRef={heading} stories={stories} />;
      case "advice":
        return (
          <AdviceScreen
            headingRef={heading}
            code={code}
            locale={locale}
            draft={draft}
            onDraft={updateDraft}
            help={help}
          />
        );
      case "ended":
        return <ClosingScreen headingRef={heading} draft={draft} />;
    }
  })();

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6 px-4 py-6 sm:py-10">
      {/* Says each new screen's title aloud; the screen itself is read from its heading. */}
      <p aria-live="polite" className="sr-only">
        {title}
      </p>
      {connection === "lost" && screen !== "ended" ? (
        <p role="status" className="rounded-xl bg-accent-soft p-3 text-ink">
          {t("reconnecting")}
        </p>
      ) : null}
      {content}
    </div>
  );
}
