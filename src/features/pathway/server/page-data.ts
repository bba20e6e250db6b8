import "server-only";
import { listApprovedAdvice, type ApprovedAdvice } from "@/features/moderation/server";
import { HELP_COUNTRIES, loadHelpResources } from "@/features/safeguarding/server";
import type { StoryView } from "@/features/stories";
import { listStoryViews, localStoryViewsForStudent } from "@/features/stories/server";
import type { Locale } from "@/i18n/locales";
import { helpCountries } from "../domain/help-countries";
import { helpView, type HelpView } from "../domain/help-view";
import { isTooManyWrongCodes } from "@/lib/http";
import { studentPreviewSchool } from "@/lib/participant";
import { findSchoolForView, studentSchool, type PathwaySchool } from "./find-school";

/** What the pathway shows a student whose school the request names or their device remembers. */
export interface PathwayStudentData {
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
  /** The school's own published stories in this language, shown before the shipped ones. */
  localStories: StoryView[];
  /** A staff member is trying the pathway as a student: nothing they write is stored. */
  preview: boolean;
}

/** What the pathway page needs up front: every story, the local ones first. */
export interface PathwayPageData extends Omit<PathwayStudentData, "localStories"> {
  stories: StoryView[];
}

/**
 * The part of the pathway that is the same for every student of a locale, rendered once at
 * build time: the shipped stories (all of them, so a student who loses the connection can
 * still read on) and the helplines of the locale's country, until the student's school is known.
 */
export function pathwayShell(locale: Locale): { stories: StoryView[]; help: HelpView } {
  return { stories: listStoryViews(locale), help: helpView(locale, countriesOf(locale)) };
}

function countriesOf(locale: Locale, school?: PathwaySchool) {
  return helpCountries(locale, school?.country, HELP_COUNTRIES).map((country) => ({
    country,
    helplines: loadHelpResources(country).helplines,
  }));
}

/** A few, so the thank-you stays short. */
const PAST_ADVICE_SHOWN = 3;

/** Everything a page with the pathway's screens needs up front, for the request's student. */
export async function pathwayPageData(
  locale: Locale,
  from?: { code: unknown; client: string },
): Promise<PathwayPageData> {
  const { localStories, ...student } = await pathwayStudentData(locale, from);
  return { ...student, stories: [...localStories, ...listStoryViews(locale)] };
}

/**
 * The part of the pathway that depends on the student: the school of the code they came with
 * (`from`, whose wrong guesses count against `client`) or the one their device remembers, its
 * help contacts and helplines for after writing, its local stories, and advice from past
 * students for the end.
 */
export async function pathwayStudentData(
  locale: Locale,
  from?: { code: unknown; client: string },
): Promise<PathwayStudentData> {
  const code = typeof from?.code === "string" ? from.code : undefined;
  const fromCode = code && from ? await schoolOf(code, from.client) : undefined;
  const school = fromCode ?? (await studentSchool(undefined, from?.client ?? ""));
  // Only what a moderator approved with the writer's consent; another school's when this
  // school has none yet, since advice names no one. The school's own published stories come
  // first, beside the shipped ones.
  const [fromSchool, localStories, previewSchool] = await Promise.all([
    school
      ? listApprovedAdvice({
          institutionId: school.institutionId,
          locale,
          limit: PAST_ADVICE_SHOWN,
        })
      : Promise.resolve([]),
    localStoryViewsForStudent(locale, school?.institutionId),
    studentPreviewSchool(),
  ]);
  const pastAdvice =
    fromSchool.length > 0
      ? fromSchool
      : await listApprovedAdvice({ locale, limit: PAST_ADVICE_SHOWN });
  return {
    localStories,
    preview: previewSchool !== undefined,
    pastAdvice,
    schoolKnown: school !== undefined,
    ...(fromCode && code ? { roundCode: code.trim().toUpperCase() } : {}),
    help: helpView(locale, countriesOf(locale, school), school),
  };
}

/** The school of ?from=; none once the client is over the wrong-code limit (the page still works). */
async function schoolOf(code: string, client: string): Promise<PathwaySchool | undefined> {
  try {
    return await findSchoolForView(code, client);
  } catch (error) {
    if (isTooManyWrongCodes(error)) return undefined;
    throw error;
  }
}
