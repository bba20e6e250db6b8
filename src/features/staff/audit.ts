// The audit writer alone, for server code that also runs outside Next (the rounds command):
// index.ts brings Next's navigation with the page guards, which a plain Node script cannot load.
import "server-only";

export { recordAudit, type AuditEntry } from "./server/record-audit";
