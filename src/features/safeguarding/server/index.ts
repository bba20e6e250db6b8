// The safeguarding feature's server surface: the coordinators' queue of flags.
import "server-only";

export { listFlags, type FlagView } from "./list-flags";
export { countNewFlags } from "./count-new-flags";
export { advanceFlag } from "./advance-flag";
