// Every action any feature writes to the audit log, in one list: recordAudit accepts only these,
// so a new action cannot reach the log without words on the audit page (messages/*/staffAudit).
export const AUDIT_ACTIONS = [
  // Staff accounts and the institution
  "sign_in",
  "sign_in_failed",
  "password_reset",
  "invitation_sent",
  "invitation_revoked",
  "invitation_accepted",
  "role_changed",
  "member_removed",
  "sessions_ended",
  "settings_changed",
  "group_created",
  "group_updated",
  "group_archived",
  "group_restored",
  "teachers_assigned",
  "institution_created",
  "staff_data_exported",
  "staff_data_erased",
  "retention_run",
  // Survey rounds and exports
  "round_created",
  "round_closed",
  "responses_exported",
  "results_exported",
  // Advice moderation and safeguarding
  "advice_approved",
  "advice_edited_and_approved",
  "advice_rejected",
  "safeguarding_flag_acknowledged",
  "safeguarding_flag_resolved",
  // Classroom sessions
  "classroom_started",
  "classroom_ended",
  // A school's own stories
  "local_story_created",
  "local_story_saved",
  "local_story_submitted",
  "local_story_commented",
  "local_story_published",
  "local_story_sent_back",
  "story_writer_allowed",
  "story_writer_removed",
  // Networks (target: the network; the school's log is also the network's history)
  "network_invited",
  "network_joined",
  "network_declined",
  "network_left",
  "study_arm_marked",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
