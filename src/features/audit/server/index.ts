// The audit feature's server entry: the one writer of audit events, called inside the
// transaction of the change it records. It needs no request, so scripts outside Next use it too.
import "server-only";

export { recordAudit, type AuditEntry } from "./record-audit";
