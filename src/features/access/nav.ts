// The staff area's navigation, in one list: a feature adds its page here (path under
// /{locale}, the message key of its label as "<namespace>.<key>", and the permission it
// needs). Each person sees only the items their role allows.
import type { MessageKey } from "@/i18n/app-config";
import { holds, type Permission } from "./domain/permissions";

export interface StaffNavItem {
  /** Path after the locale, e.g. "/staff/groups". */
  href: string;
  /** "<namespace>.<key>" in messages/<locale>/<namespace>.json. */
  label: MessageKey;
  /** Needed to see the item; none: every staff member. */
  permission?: Permission;
  /** "<namespace>.<key>" of a sentence for the overview page's card. */
  description?: MessageKey;
}

export const STAFF_NAV: readonly StaffNavItem[] = [
  { href: "/staff", label: "staff.nav.home" },
  {
    href: "/staff/classroom",
    label: "classroom.nav.title",
    permission: "classroom:run",
    description: "classroom.nav.text",
  },
  {
    href: "/staff/results",
    label: "dashboard.nav.results",
    permission: "results:read",
    description: "dashboard.nav.resultsText",
  },
  {
    href: "/staff/rounds",
    label: "staffRounds.nav.title",
    permission: "rounds:manage",
    description: "staffRounds.nav.text",
  },
  {
    href: "/staff/moderation",
    label: "moderation.nav.title",
    permission: "advice:moderate",
    description: "moderation.nav.text",
  },
  {
    href: "/staff/stories",
    label: "localStories.nav.title",
    permission: "stories:write",
    description: "localStories.nav.text",
  },
  {
    href: "/staff/safeguarding",
    label: "safeguarding.nav.title",
    permission: "safeguarding:handle",
    description: "safeguarding.nav.text",
  },
  {
    href: "/staff/groups",
    label: "staff.nav.groups",
    permission: "groups:read",
    description: "staff.home.groupsText",
  },
  {
    href: "/staff/people",
    label: "staff.nav.people",
    permission: "people:manage",
    description: "staff.home.peopleText",
  },
  {
    href: "/staff/settings",
    label: "staff.nav.settings",
    permission: "settings:manage",
    description: "staff.home.settingsText",
  },
  {
    href: "/staff/audit",
    label: "staff.nav.audit",
    permission: "audit:read",
    description: "staff.home.auditText",
  },
];

/** The items a member may see, by role and by what was given to them. */
export function navItemsFor(member: {
  role: unknown;
  grants?: readonly unknown[];
}): StaffNavItem[] {
  return STAFF_NAV.filter((item) => !item.permission || holds(member, item.permission));
}
