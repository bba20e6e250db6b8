import "server-only";
import { HELP_COUNTRIES, loadHelpResources } from "@/features/safeguarding";
import type { StoryView } from "@/features/stories";
import { listStoryViews } from "@/features/stories/server";
import type { Locale } from "@/i18n/locales";
import { helpCountries } from "../domain/help-countries";
import { helpView, type HelpView } from "../domain/help-view";
import { findPathwaySchool } from "./find-school";

export interface PathwayPageData {
  stories: StoryView[];
  /** The round code of a known school (?from=), to send with the student's writing. */
  roundCode?: string;
  help: HelpView;
}

/**
 * Everything the pathway page needs up front: every story of the locale (so a student who
 * loses the connection can still read on) and the help to show after writing.
 */
export async function pathwayPageData(locale: Locale, from: unknown): Promise<PathwayPageData> {
  const school = typeof from === "string" ? await findPathwaySchool(from) : undefined;
  const countries = helpCountries(locale, school?.country, HELP_COUNTRIES).map((country) => ({
    country,
    helplines: loadHelpResources(country).helplines,
  }));
  return {
    stories: listStoryViews(locale),
    ...(school ? { roundCode: school.roundCode } : {}),
    help: helpView(locale, countries, school),
  };
}
