// The network feature's server entry: who leads which network, a school's consent (invite,
// accept, leave), shared rounds (a lead defines, a member school adopts) and the pooled,
// suppressed network report.
import "server-only";

export {
  ledNetworks,
  networkLeadContext,
  requireNetworkLead,
  signedInUserId,
  type NetworkLeadContext,
} from "./lead-context";
export { answerNetwork, inviteSchool, listSchoolNetworks } from "./memberships";
export { getNetworkReport, type NetworkReportPage } from "./get-network-report";
export { markStudyArm } from "./study-arms";
export { defineSharedRound, listSharedRounds, type SharedRoundView } from "./shared-rounds";
export {
  adoptSharedRound,
  listAdoptableRounds,
  schoolWindow,
  type AdoptableRound,
} from "./adopt-shared-round";
export { networkExport } from "./export-api";
export { CODEBOOK, exportNetworkCsv, networkCodebook } from "./export-network-csv";
