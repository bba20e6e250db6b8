import "server-only";
import type { Locale } from "@/i18n/locales";
import { currentParticipantId } from "@/lib/participant";
import { getSurveyDefinition } from "../domain/load-surveys";
import { localiseSurvey, type HelpContacts, type LocalisedSurvey } from "../domain/localise";
import { timeZoneOf } from "@/lib/countries";
import { isAppError, isTooManyWrongCodes } from "@/lib/http";
import { roundStatus } from "../domain/round-window";
import type { RoundByCode } from "./find-round";
import { lookUpRoundForView } from "./round-cache";
import { participantAnswer } from "./submit-response";

/** What the student's page at /{locale}/s/{code} shows. It only reads: no cookie is set here. */
export type StudentRound =
  | { state: "not-found" }
  /** Too many wrong codes from this client: no code is looked up for this many seconds. */
  | { state: "rate-limited"; retryAfterSeconds: number }
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

/**
 * The round for `client` (a clientKey), whose wrong codes count against it. A right code may
 * come from memory (round-cache.ts): a round closed on another instance shows as open for up
 * to ten seconds, and an answer sent then is refused by the write, which checks in its own SQL.
 */
export async function loadStudentRound(
  typedCode: string,
  locale: Locale,
  client: string,
  now: Date = new Date(),
): Promise<StudentRound> {
  let round: RoundByCode | undefined;
  try {
    round = await lookUpRoundForView(typedCode, client);
  } catch (error) {
    if (isTooManyWrongCodes(error)) {
      return { state: "rate-limited", retryAfterSeconds: retryAfterOf(error) };
    }
    throw error;
  }
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

function retryAfterOf(error: unknown): number {
  return (isAppError(error) && error.options.retryAfterSeconds) || 60;
}
