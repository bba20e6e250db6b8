"use client";

import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import type { LocalisedSurvey } from "../domain/localise";
import { ClockIcon, HeartIcon, LockIcon } from "./icons";

interface IntroScreenProps {
  /** The round's code: the privacy page names this round's school and its contact. */
  code?: string;
  survey: LocalisedSurvey;
  onStart: () => void;
  /** Whether the phone's saved answers have been read: a start before that would be lost. */
  ready: boolean;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

/** What this is, how long it takes, that it is anonymous and why it matters. */
export function IntroScreen({ code, survey, onStart, ready, headingRef }: IntroScreenProps) {
  const t = useTranslations("survey");
  const facts = [
    { Icon: ClockIcon, text: t("intro.minutes", { minutes: survey.minutes }) },
    { Icon: LockIcon, text: t("intro.anonymous") },
    { Icon: HeartIcon, text: t("intro.helps") },
  ];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <p className="font-bold uppercase tracking-wide text-accent">{t("intro.eyebrow")}</p>
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="text-3xl font-bold leading-tight outline-none"
        >
          {survey.title}
        </h1>
        <p className="text-lg">{survey.intro}</p>
      </div>
      <ul className="flex flex-col gap-2">
        {facts.map(({ Icon, text }) => (
          <li key={text} className="flex items-center gap-3 rounded-xl bg-brand-soft px-4 py-3">
            <Icon className="size-6 shrink-0 text-brand" />
            <span className="font-bold">{text}</span>
          </li>
        ))}
      </ul>
      <Button size="lg" onClick={onStart} disabled={!ready}>
        {t("intro.start")}
      </Button>
      <Link
        href={code ? { pathname: "/privacy", query: { from: code } } : "/privacy"}
        className="inline-flex min-h-11 items-center self-start font-bold text-brand underline underline-offset-4"
      >
        {t("intro.privacy")}
      </Link>
    </div>
  );
}
