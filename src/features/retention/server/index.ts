// The retention feature's server surface: the daily job that deletes what is past each school's
// retention settings, and the preview admins see on the settings page.
import "server-only";

export { runRetention, type RetentionRun, type RetentionCounts } from "./run-retention";
export { retentionJobs, scheduleRetention, RETENTION_DAILY } from "./retention-job";
export { previewRetention, type RetentionPreview } from "./preview-retention";
export { RETENTION_KINDS, type RetentionKind } from "./selections";
export { RetentionPreviewCard } from "../components/retention-preview-card";
