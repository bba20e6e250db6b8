// What other features use of safeguarding: the concern matcher and the help resources.
export { matchConcerns } from "./domain/matcher";
export {
  loadHelpResources,
  HELP_COUNTRIES,
  type HelpCountry,
  type Helpline,
} from "./domain/help-resources";
export type { ConcernCategory, ConcernResult } from "./domain/matcher";
