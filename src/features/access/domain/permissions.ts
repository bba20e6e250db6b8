// Who may do what, in one table. Anything not written here is denied: an unknown role, an
// unknown permission or a missing one all answer false, so a typo fails closed.

export const STAFF_ROLES = ["ADMIN", "COORDINATOR", "TEACHER"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PERMISSIONS = [
  "groups:read",
  "groups:write",
  "people:manage",
  "settings:manage",
  "audit:read",
  "rounds:manage",
  "results:read",
  "advice:moderate",
  "safeguarding:handle",
  "classroom:run",
  "export:aggregate",
  "export:responses",
  "stories:write",
  "stories:review",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ADMIN_ONLY: readonly Permission[] = [
  "people:manage",
  "settings:manage",
  "audit:read",
  "export:responses",
];

const TABLE: Readonly<Record<StaffRole, ReadonlySet<Permission>>> = {
  ADMIN: new Set(PERMISSIONS),
  COORDINATOR: new Set(PERMISSIONS.filter((p) => !ADMIN_ONLY.includes(p))),
  // Teachers review no local stories, and write them only when a coordinator allows it
  // (GRANTABLE below). groups:read is narrowed to the teacher's own groups by groupVisibility below.
  TEACHER: new Set<Permission>(["groups:read", "classroom:run"]),
};

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && (PERMISSIONS as readonly string[]).includes(value);
}

/** Whether a role holds a permission. Fails closed on anything it does not know. */
export function can(role: unknown, permission: unknown): boolean {
  if (!isStaffRole(role) || !isPermission(permission)) return false;
  return TABLE[role].has(permission);
}

/**
 * What a coordinator may give one member beyond their role: a teacher may be allowed to write
 * the school's own stories (never to review them: a colleague with the role does that).
 */
const GRANTABLE: Readonly<Record<StaffRole, ReadonlySet<Permission>>> = {
  ADMIN: new Set(),
  COORDINATOR: new Set(),
  TEACHER: new Set<Permission>(["stories:write"]),
};

export function isGrantable(role: unknown, permission: unknown): boolean {
  return isStaffRole(role) && isPermission(permission) && GRANTABLE[role].has(permission);
}

/**
 * Whether a member holds a permission: by their role, or given to them where their role allows
 * it. A grant their role may not receive counts for nothing, so it still fails closed.
 */
export function holds(
  member: { role: unknown; grants?: readonly unknown[] },
  permission: unknown,
): boolean {
  if (can(member.role, permission)) return true;
  return isGrantable(member.role, permission) && (member.grants ?? []).includes(permission);
}

/** The permissions a role holds, in the table's order (for tests and the UI). */
export function permissionsOf(role: unknown): Permission[] {
  return PERMISSIONS.filter((p) => can(role, p));
}

/** Which groups a role sees: all of the institution's, only those it teaches, or none. */
export function groupVisibility(role: unknown): "all" | "assigned" | "none" {
  if (can(role, "groups:write")) return "all";
  if (can(role, "groups:read")) return "assigned";
  return "none";
}
