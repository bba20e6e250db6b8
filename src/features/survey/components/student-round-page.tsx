import { cache } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { clientKey } from "@/lib/http";
import { loadStudentRound } from "../server/student-round";
import { RoundMessage } from "./round-message";
import { SurveyFlow } from "./survey-flow";
import { ThanksScreen } from "./thanks-screen";

// The page and its metadata ask for the same round: one database read per request.
const load = cache(async (code: string, locale: Locale) =>
  loadStudentRound(code, locale, clientKey({ headers: await headers() })),
);

/** /{locale}/s/{code}: the survey, or why it cannot be answered now. */
export async function StudentRoundPage({ code, locale }: { code: string; locale: Locale }) {
  const round = await load(code, locale);
  let content;
  switch (round.state) {
    case "not-found":
      notFound();
    case "upcoming": {
      const format = await getFormatter({ locale });
      const opensOn = format.dateTime(round.opensAt, {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: round.timeZone,
      });
      content = <RoundMessage reason="upcoming" opensOn={opensOn} />;
      break;
    }
    case "closed":
      content = <RoundMessage reason="closed" />;
      break;
    case "rate-limited":
      content = <RoundMessage reason="rate-limited" />;
      break;
    case "answered":
      content = (
        <ThanksScreen variant="answered" code={round.code} helpContacts={round.helpContacts} />
      );
      break;
    case "open":
      content = (
        <SurveyFlow
          code={round.code}
          survey={round.survey}
          groups={round.groups}
          helpContacts={round.helpContacts}
        />
      );
  }
  return <div className="mx-auto w-full max-w-xl px-4 py-6 sm:py-10">{content}</div>;
}

/** The page title: the survey's own title when the round exists. */
export async function studentRoundTitle(code: string, locale: Locale): Promise<string | undefined> {
  const round = await load(code, locale);
  return round.state === "not-found" || round.state === "rate-limited"
    ? undefined
    : round.state === "open"
      ? round.survey.title
      : round.title;
}
