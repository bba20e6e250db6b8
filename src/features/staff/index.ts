// The staff feature's public face for the rest of the app (server code). Other features
// declare the permission they need with requireStaff (pages), staffContext (server actions)
// or staffRoute (JSON route handlers), and keep ctx.institutionId inside every Prisma where.
export {
  can,
  groupVisibility,
  holds,
  isPermission,
  isStaffRole,
  PERMISSIONS,
  permissionsOf,
  STAFF_ROLES,
  type Permission,
  type StaffRole,
} from "./domain/permissions";
export { safeCallbackPath } from "./domain/callback-url";
export { STAFF_NAV, type StaffNavItem } from "./nav";
export { authorize, type StaffContext } from "./server/staff-context";
export { requireStaff, signInPath, staffAccess, staffContext } from "./server/require-staff";
export { staffRoute } from "./server/staff-route";
export { recordAudit, type AuditEntry } from "./server/record-audit";
export { listGroups } from "./server/groups/list-groups";
export { institutionTimeZone } from "./server/institution-time-zone";
export { getGroup } from "./server/groups/get-group";
export { readableGroups, type GroupView } from "./server/groups/group-scope";
export { StaffPage, PageHeading } from "./components/staff-page";
export { guarded, parseForm, succeeded } from "./actions/form";
export type { FormState } from "./form-state";
export { staffMetadata } from "./metadata";
