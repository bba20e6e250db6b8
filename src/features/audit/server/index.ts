// The audit feature's server entry: the one writer of audit events, called inside the
// transaction of the change it records. Not marked server-only: the admin command (plain Node,
// outside Next) records through it too, and it holds nothing a browser could use.
export { recordAudit, type AuditEntry } from "./record-audit";
