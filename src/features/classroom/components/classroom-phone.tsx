"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { HelpView } from "@/features/pathway";
import type { StoryView } from "@/features/stories";
import type { Locale } from "@/i18n/locales";
import { phoneScreen, type RoomState } from "../domain/room-state";
import { AdviceScreen } from "./advice-screen";
import { ClosingScreen, LookUpScreen, StoriesScreen } from "./room-screens";
import { useAdviceDraft } from "./use-advice-draft";
import { useRoom } from "./use-room";

export interface ClassroomPhoneProps {
  code: string;
  /** The room when the page was rendered. */
  initial: RoomState;
  locale: Locale;
  /** The stories the teacher chose, in the student's language. */
  stories: StoryView[];
  help: HelpView;
}

/** A student's phone in the session: it shows what the teacher's current step asks of them. */
export function ClassroomPhone({ code, initial, locale, stories, help }: ClassroomPhoneProps) {
  const t = useTranslations("classroomJoin");
  const { state, connected, apply } = useRoom(code, initial);
  const [draft, updateDraft, draftRead] = useAdviceDraft(code);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  const screen = phoneScreen(state);

  // Counted in once per device (a reload or a rejoin is safe); the answer is the room's state.
  // A join lost to the network is tried again when the stream is back.
  const joined = useRef(false);
  useEffect(() => {
    if (joined.current || !connected) return;
    void fetch(`/api/v1/sessions/${encodeURIComponent(code)}/join`, { method: "POST" })
      .then(async (response) => {
        if (!response.ok) return;
        joined.current = true;
        apply(((await response.json()) as { state?: unknown }).state);
      })
      .catch(() => {});
  }, [code, apply, connected]);

  // Sending the advice is a new screen too (the thank-you), with its own heading.
  const screenKey = screen === "advice" && draft.sent ? "thanks" : screen;

  // The room moved on: focus goes to the new screen's title; the first screen keeps the page's.
  // Not before the draft is read: a sent one turns the advice screen into the thank-you.
  useEffect(() => {
    if (!draftRead) return;
    if (shown.current !== null && shown.current !== screenKey) heading.current?.focus();
    shown.current = screenKey;
  }, [screenKey, draftRead]);

  const title = t(
    {
      waiting: "waiting.title",
      listen: "listen.title",
      stories: "stories.title",
      advice: "advice.title",
      thanks: "thanks.title",
      debrief: "debrief.title",
      ended: "closing.title",
    }[screenKey],
  );

  const content = (() => {
    switch (screen) {
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
      <noscript>
        <p className="rounded-xl bg-accent-soft p-3 text-ink">{t("noScript")}</p>
      </noscript>
      {!connected && screen !== "ended" ? (
        <p role="status" className="rounded-xl bg-accent-soft p-3 text-ink">
          {t("reconnecting")}
        </p>
      ) : null}
      {content}
    </div>
  );
}
