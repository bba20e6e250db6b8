import type { Namespace } from "@/i18n/app-config";

/**
 * The messages the staff pages' client components read (src/i18n/client-messages.tsx): one
 * list for the whole staff area, whose pages share their forms.
 */
export const STAFF_CLIENT_NAMESPACES = [
  "staff",
  "staffAuth",
  "staffGroups",
  "staffPeople",
  "staffSettings",
  "staffData",
  "staffRounds",
  "retention",
  "classroom",
  "localStories",
  "stories",
  "ui",
] as const satisfies readonly Namespace[];
