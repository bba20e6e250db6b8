// The safeguarding feature's server surface: the coordinators' queue of flags, the one way a
// flag is raised, and the background jobs that mail the school's safeguarding contact.
import "server-only";

export { listFlags, type FlagView } from "./list-flags";
export { countNewFlags } from "./count-new-flags";
export { advanceFlag } from "./advance-flag";
export { notifySafeguardingContact } from "./notify-safeguarding-contact";
export { raiseFlag, type RaiseFlagInput } from "./raise-flag";
export { safeguardingJobs, SAFEGUARDING_NOTIFY, SAFEGUARDING_REMIND } from "./flag-jobs";
export { safeguardingMailFailure, type MailFailure } from "./mail-failure";
export { HELP_COUNTRIES, loadHelpResources } from "../domain/help-resources";
export { matchConcerns } from "../domain/matcher";
