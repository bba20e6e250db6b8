// An erased staff member stays in the users table as a tombstone, so the audit events they
// caused still point somewhere. Its address is a placeholder that can never receive mail
// (.invalid is reserved, RFC 2606) and its short reference is what the audit log shows.

export const TOMBSTONE_DOMAIN = "erased.invalid";

export function tombstoneEmail(userId: string): string {
  return `erased-${userId}@${TOMBSTONE_DOMAIN}`;
}

/** The last characters of the id: enough to tell tombstones apart, nothing about the person. */
export function tombstoneRef(userId: string): string {
  return userId.slice(-6);
}
