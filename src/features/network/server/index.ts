// The network feature's server entry: who leads which network, a school's consent (invite,
// accept, leave) and the pooled, suppressed network report.
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
export { networkExport } from "./export-api";
export { CODEBOOK, exportNetworkCsv, networkCodebook } from "./export-network-csv";
