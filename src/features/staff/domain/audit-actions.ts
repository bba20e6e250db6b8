// What the staff feature writes to the audit log. Other features add their own actions; the
// audit page shows an action it has no words for by its name.
export const STAFF_AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "password_reset",
  "invitation_sent",
  "invitation_revoked",
  "invitation_accepted",
  "role_changed",
  "member_removed",
  "settings_changed",
  "group_created",
  "group_updated",
  "group_archived",
  "group_restored",
  "teachers_assigned",
  "institution_created",
] as const;
export type StaffAuditAction = (typeof STAFF_AUDIT_ACTIONS)[number];
