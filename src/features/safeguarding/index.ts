// What other features use of safeguarding: the concern matcher and the help resources.
export { matchConcerns } from "./domain/matcher";
export {
  loadHelpResources,
  HELP_COUNTRIES,
  type HelpCountry,
  type Helpline,
  type HelplineKind,
} from "./domain/help-resources";
export type { OpeningHours } from "./domain/opening-hours";
export type { ConcernCategory, ConcernResult } from "./domain/matcher";
