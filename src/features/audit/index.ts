// The audit feature's browser-safe entry: the actions an audit event can record.
export { AUDIT_ACTIONS, type AuditAction } from "./domain/audit-actions";
