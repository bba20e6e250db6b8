// The staff area's navigation, in one list: a feature adds its page here (path under
// /{locale}, the message key of its label as "<namespace>.<key>", and the permission it
// needs). Each person sees only the items their role allows.
import type { Permission } from "./domain/permissions";

export interface StaffNavItem {
  /** Path after the locale, e.g. "/staff/groups". */
  href: string;
  /** "<namespace>.<key>" in messages/<locale>/<namespace>.json. */
  label: string;
  /** Needed to see the item; none: every staff member. */
  permission?: Permission;
}

export const STAFF_NAV: readonly StaffNavItem[] = [
  { href: "/staff", label: "staff.nav.home" },
  { href: "/staff/groups", label: "staff.nav.groups", permission: "groups:read" },
  { href: "/staff/people", label: "staff.nav.people", permission: "people:manage" },
  { href: "/staff/settings", label: "staff.nav.settings", permission: "settings:manage" },
  { href: "/staff/audit", label: "staff.nav.audit", permission: "audit:read" },
];
