// The safeguarding feature's server surface: the coordinators' queue of flags, and the mail
// to the school's safeguarding contact when a flag is stored.
import "server-only";

export { listFlags, type FlagView } from "./list-flags";
export { countNewFlags } from "./count-new-flags";
export { advanceFlag } from "./advance-flag";
export { notifySafeguardingContact } from "./notify-safeguarding-contact";
