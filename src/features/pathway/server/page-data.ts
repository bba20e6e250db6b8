import "server-only";
import { listApprovedAdvice, type ApprovedAdvice } from "@/features/moderation/server";
import { HELP_COUNTRIES, loadHelpResources } from "@/features/safeguarding/server";
import type { StoryView } from "@/features/stories";
import { listStoryViews, localStoryViewsForStudent } from "@/features/stories/server";
import type { Locale } from "@/i18n/locales";
import { helpCountries } from "../domain/help-countries";
import { helpView, type HelpView } from "../domain/help-view";
import { isTooManyWrongCodes } from "@/lib/http";
import { findSchoolByCode, studentSchool, type PathwaySchool } from "./find-school";

export interface PathwayPageData {
  stories: StoryView[];
  /** The code the student came with (?from=), sent with their writing to name the school. */
  roundCode?: string;
  /**
   * Whether the student's school is known (from ?from= or this device). Until it is, the page
   * asks for the school's code before anything is written, so nothing reaches no one.
   */
  schoolKnown: boolean;
  help: HelpView;
  /** Approved advice from past students (the student's school's when known), for the end. */
  pastAdvice: ApprovedAdvice[];
}

/** A few, so the thank-you stays short. */
const PAST_ADVICE_SHOWN = 3;

/**
 * Everything the pathway page needs up front: every story of the locale (so a student who
 * loses the connection can still read on), the help to show after writing, and advice from
 * past students for the end.
 */
export async function pathwayPageData(
  locale: Locale,
  from?: { code: unknown; client: string },
): Promise<PathwayPageData> {
  const code = typeof from?.code === "string" ? from.code : undefined;
  const fromCode = code && from ? await schoolOf(code, from.client) : undefined;
  const school = fromCode ?? (await studentSchool(undefined, from?.client ?? ""));
  const countries = helpCountries(locale, school?.country, HELP_COUNTRIES).map((country) => ({
    country,
    helplines: loadHelpResources(country).helplines,
  }));
  // Only what a moderator approved with the writer's consent; another school's when this
  // school has none yet, since advice names no one. The school's own published stories come
  // first, beside the shipped ones.
  const [fromSchool, local] = await Promise.all([
    school
      ? listApprovedAdvice({
          institutionId: school.institutionId,
          locale,
          limit: PAST_ADVICE_SHOWN,
        })
      : Promise.resolve([]),
    localStoryViewsForStudent(locale, school?.institutionId),
  ]);
  const pastAdvice =
    fromSchool.length > 0
      ? fromSchool
      : await listApprovedAdvice({ locale, limit: PAST_ADVICE_SHOWN });
  return {
    stories: [...local, ...listStoryViews(locale)],
    pastAdvice,
    schoolKnown: school !== undefined,
    ...(fromCode && code ? { roundCode: code.trim().toUpperCase() } : {}),
    help: helpView(locale, countries, school),
  };
}

/** The school of ?from=; none once the client is over the wrong-code limit (the page still works). */
async function schoolOf(code: string, client: string): Promise<PathwaySchool | undefined> {
  try {
    return await findSchoolByCode(code, client);
  } catch (error) {
    if (isTooManyWrongCodes(error)) return undefined;
    throw error;
  }
}
