import type { Namespace } from "@/i18n/app-config";

// The messages the classroom's client components read (src/i18n/client-messages.tsx).

/** A student's phone in a session: the pathway's help and consent, stories, dictation. */
export const JOIN_CLIENT_NAMESPACES = [
  "classroomJoin",
  "pathway",
  "stories",
  "dictation",
  "ui",
] as const satisfies readonly Namespace[];

/** "Try it as a student": the phone's screens with the staff member's controls. */
export const JOIN_PREVIEW_CLIENT_NAMESPACES = [
  ...JOIN_CLIENT_NAMESPACES,
  "classroom",
] as const satisfies readonly Namespace[];

/** The projector, its notes window and the advice wall. */
export const PRESENT_CLIENT_NAMESPACES = [
  "classroom",
  "ui",
] as const satisfies readonly Namespace[];
