// The session's steps on their own: the room state (phones, projector) needs only these, not the
// script parser with its zod schema, which would otherwise load on every phone.

/** The five steps of the BelongVET classroom session, in the order they are run. */
export const CLASSROOM_STEPS = [
  "preframing",
  "teacher-story",
  "read-stories",
  "write-advice",
  "debrief",
] as const;
export type ClassroomStepKey = (typeof CLASSROOM_STEPS)[number];
