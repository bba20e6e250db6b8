// The access feature's browser-safe entry: roles and permissions, the staff navigation, the staff
// page frame, and the account forms' schemas. Server code (sign-in, the guards, the active
// institution's time zone) is in ./server.
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
export { StaffPage, PageHeading } from "./components/staff-page";
export { acceptInvitationSchema, newPassword, PASSWORD_MAX, PASSWORD_MIN } from "./schemas";
// The admin command (plain Node) creates accounts with no failed sign-ins yet.
export { CLEARED } from "./domain/sign-in-throttle";
