"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui";
import type { Locale } from "@/i18n/locales";
import type { LocalisedSurvey } from "../domain/localise";
import { codeOfAddress, readRound, type RoundView } from "./read-round";
import { RoundMessage } from "./round-message";
import { SurveyFlow } from "./survey-flow";
import { ThanksScreen } from "./thanks-screen";

interface StudentRoundAppProps {
  locale: Locale;
  /** The survey most rounds ask, shown (not yet startable) until the round itself is read. */
  survey: LocalisedSurvey;
}

/**
 * /{locale}/s/{code}: the survey, or why it cannot be answered now. The page is the same for
 * every code (rendered once per locale); the round, and whether this device answered it, is
 * read from the server as the page starts.
 */
export function StudentRoundApp({ locale, survey }: StudentRoundAppProps) {
  const t = useTranslations("survey");
  const pathname = usePathname();
  const [read, setRead] = useState<{ code: string; round: RoundView } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useRoundTitle(read?.round);

  useEffect(() => {
    // The address, not the pathname of the page rendered for it (the same for every code).
    const code = codeOfAddress(window.location.pathname);
    let live = true;
    void readRound(code, locale).then((round) => live && setRead({ code, round }));
    return () => {
      live = false;
    };
  }, [pathname, locale, attempt]);

  // Until the round is read, its intro is the default survey's, not yet startable; the same
  // tree once the round is open, so React keeps the painted intro instead of drawing it anew
  // (which would count as the page's largest paint).
  if (!read || read.round.state === "open") {
    const round = read?.round.state === "open" ? read.round : undefined;
    return (
      <>
        <SurveyFlow
          code={round?.code ?? ""}
          survey={round?.survey ?? survey}
          groups={round?.groups ?? []}
          helpContacts={round?.helpContacts ?? { text: "", locale }}
          waiting={!round}
        />
        {read ? null : (
          <noscript>
            <p className="mt-6 font-bold">{t("noScript")}</p>
          </noscript>
        )}
      </>
    );
  }
  const { round } = read;
  switch (round.state) {
    case "answered":
      return (
        <ThanksScreen variant="answered" code={round.code} helpContacts={round.helpContacts} />
      );
    case "upcoming":
      return <UpcomingRound opensAt={round.opensAt} timeZone={round.timeZone} />;
    case "unreachable":
      return (
        <div className="flex flex-col gap-6">
          <div className="flex flex-col gap-3">
            <h1 className="text-3xl font-bold leading-tight">{t("unreachable.title")}</h1>
            <p className="text-lg">{t("unreachable.text")}</p>
          </div>
          <Button size="lg" onClick={() => setAttempt((n) => n + 1)}>
            {t("unreachable.retry")}
          </Button>
        </div>
      );
    default:
      return <RoundMessage reason={round.state} />;
  }
}

function UpcomingRound({ opensAt, timeZone }: { opensAt: string; timeZone: string }) {
  const format = useFormatter();
  const opensOn = format.dateTime(new Date(opensAt), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  });
  return <RoundMessage reason="upcoming" opensOn={opensOn} />;
}

/** The tab's title: the round's survey once it is read, else what the page says instead. */
function useRoundTitle(round: RoundView | undefined) {
  const t = useTranslations("survey");
  const site = useTranslations("common");
  useEffect(() => {
    if (!round) return;
    const title =
      round.state === "open" ? round.survey.title : "title" in round ? round.title : t("metaTitle");
    document.title = `${title} · ${site("siteName")}`;
  }, [round, t, site]);
}
