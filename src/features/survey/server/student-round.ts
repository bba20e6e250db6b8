import "server-only";
import type { Locale } from "@/i18n/locales";
import { currentParticipantId } from "@/lib/participant";
import { getSurveyDefinition } from "../domain/load-surveys";
import { localiseSurvey, type HelpContacts, type LocalisedSurvey } from "../domain/localise";
import { timeZoneOf } from "@/lib/countries";
import { roundStatus } from "../domain/round-window";
import { findRoundByCode } from "./find-round";
import { participantAnswer } from "./submit-response";

/** What the student's page at /{locale}/s/{code} shows. It only reads: no cookie is set here. */
export type StudentRound =
  | { state: "not-found" }
  | { state: "upcoming"; title: string; opensAt: Date; timeZone: string }
  | { state: "closed"; title: string }
  | { state: "answered"; code: string; title: string; helpContacts: HelpContacts }
  | {
      state: "open";
      code: string;
      survey: LocalisedSurvey;
      groups: { id: string; name: string }[];
      helpContacts: HelpContacts;
    };

export async function loadStudentRound(
  typedCode: string,
  locale: Locale,
  now: Date = new Date(),
): Promise<StudentRound> {
  const round = await findRoundByCode(typedCode);
  const definition = round && getSurveyDefinition(round.surveyKey);
  if (!round || !definition) return { state: "not-found" };
  const title = definition.title[locale];
  const helpContacts = {
    text: round.institution.helpContacts,
    locale: round.institution.defaultLocale,
  };

  const participantId = await currentParticipantId(round.institution.id);
  const answer = participantId ? await participantAnswer(round.id, participantId) : null;
  if (answer) return { state: "answered", code: round.code, title, helpContacts };

  switch (roundStatus(round, now)) {
    case "upcoming":
      return {
        state: "upcoming",
        title,
        opensAt: round.opensAt,
        timeZone: timeZoneOf(round.institution.country),
      };
    case "closed":
      return { state: "closed", title };
    case "open":
      return {
        state: "open",
        code: round.code,
        survey: localiseSurvey(definition, locale),
        groups: round.groups,
        helpContacts,
      };
  }
}
