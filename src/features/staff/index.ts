// The staff feature's browser-safe entry: roles and permissions, the staff navigation, the page
// frame and the form kit other features' forms use. Server code (the guards, groups, the
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
export {
  CheckboxGroup,
  FormMessage,
  SelectField,
  SubmitButton,
  TextField,
  useFieldError,
} from "./components/form-parts";
export { IDLE, type FormError, type FormState } from "./form-state";
export { firstParam } from "./search-params";
