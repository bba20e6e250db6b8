// The safeguarding feature's browser-safe entry: the types of concerns and help resources. The
// concern matcher and the resources read from content/ are in ./server.
export type { HelpCountry, Helpline, HelplineKind } from "./domain/help-resources";
export type { OpeningHours } from "./domain/opening-hours";
export type { ConcernCategory, ConcernResult } from "./domain/matcher";
