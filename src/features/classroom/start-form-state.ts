// What the start form's action answers: which fields to fix, and the choices made, kept.

export const START_FIELDS = ["groupId", "storySlugs", "locale"] as const;
export type StartField = (typeof START_FIELDS)[number];

export interface StartFormState {
  values: { groupId: string; storySlugs: string[]; locale: string };
  errors: Partial<Record<StartField, true>>;
  /** Something other than a field went wrong. */
  formError?: boolean;
}
