"use client";

import { useEffect, useRef } from "react";
import { preloadDictationField } from "@/components/ui/lazy-dictation-field";
import { useTranslations } from "next-intl";
import type { HelpView } from "@/features/pathway";
import type { StoryView } from "@/features/stories";
import type { Locale } from "@/i18n/locales";
import { EMPTY_ADVICE_DRAFT } from "../domain/advice-draft";
import { phoneScreen, type RoomState } from "../domain/room-state";
import { AdviceScreen } from "./advice-screen";
import { ClosingScreen, LookUpScreen, StoriesScreen } from "./room-screens";
import { sendAdvice, type AdviceBody, type AdviceOutcome } from "./send-advice";
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
  const { state, connected, apply } = useRoom(code, initial);
  useEffect(preloadDictationField, []);

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

  return (
    <PhoneScreens
      state={state}
      connected={connected}
      draftKey={code}
      locale={locale}
      stories={stories}
      help={help}
      send={(body) => sendAdvice(code, body)}
    />
  );
}

export interface PhoneScreensProps {
  state: RoomState;
  connected: boolean;
  /** Where the device keeps this session's advice draft. */
  draftKey: string;
  locale: Locale;
  stories: StoryView[];
  help: HelpView;
  /** Sends the advice (the session's endpoint; nowhere in a preview). */
  send: (body: AdviceBody) => Promise<AdviceOutcome>;
  /** Start from an empty page whatever the device kept (a preview starts over each time). */
  fresh?: boolean;
}

/** The phone's screens for a state of the room: live in a session, stepped in a preview. */
export function PhoneScreens({
  state,
  connected,
  draftKey,
  locale,
  stories,
  help,
  send,
  fresh = false,
}: PhoneScreensProps) {
  const t = useTranslations("classroomJoin");
  const [draft, updateDraft, draftRead] = useAdviceDraft(draftKey);
  useEffect(() => {
    if (fresh) updateDraft({ ...EMPTY_ADVICE_DRAFT, consent: undefined, sent: undefined });
  }, [fresh, updateDraft]);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  const screen = phoneScreen(state);

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
    (
      {
        waiting: "waiting.title",
        listen: "listen.title",
        stories: "stories.title",
        advice: "advice.title",
        thanks: "thanks.title",
        debrief: "debrief.title",
        ended: "closing.title",
      } as const
    )[screenKey],
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
            send={send}
            locale={locale}
            draft={draft}
            onDraft={updateDraft}
            help={help}
            ready={draftRead}
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
