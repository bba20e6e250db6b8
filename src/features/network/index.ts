// The network feature's public face (server code): who leads which network, a school's consent
// (invite, accept, leave) and the pooled, suppressed network report.
export {
  ledNetworks,
  networkLeadContext,
  requireNetworkLead,
  signedInUserId,
  type NetworkLeadContext,
} from "./server/lead-context";
export { answerNetwork, inviteSchool, listSchoolNetworks } from "./server/memberships";
export { getNetworkReport, type NetworkReportPage } from "./server/get-network-report";
export { markStudyArm } from "./server/study-arms";
export { networkExport } from "./server/export-api";
export { CODEBOOK, exportNetworkCsv, networkCodebook } from "./server/export-network-csv";
