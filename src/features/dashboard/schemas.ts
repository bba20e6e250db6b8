// The dashboard's inputs: what a results page reads from its URL and an export route from its
// query string. Zod only, so forms and handlers share them.
import { z } from "zod";
import { roundKinds } from "@/features/survey";

const id = z.string().trim().min(1).max(64);
const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v === "" ? undefined : v));
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v === "" ? undefined : v));
const optionalDay = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "use YYYY-MM-DD")
  .optional()
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : undefined));

/** Which rounds a list or a trend covers: a survey kind and a period (by opening day). */
export const periodFilterSchema = z.object({
  kind: z.enum(roundKinds).optional().catch(undefined),
  from: optionalDay.catch(undefined),
  to: optionalDay.catch(undefined),
});
export interface PeriodFilter {
  kind?: (typeof roundKinds)[number];
  from?: Date;
  to?: Date;
}

/** One round's results, for the whole round, a programme or one group. */
export const roundResultsFilterSchema = z.object({
  roundId: id,
  groupId: optionalId,
  programme: optionalText,
});
export type RoundResultsFilter = z.input<typeof roundResultsFilterSchema>;

/** Everything the results page's URL may carry. Bad values fall back to "not set". */
export const resultsSearchSchema = periodFilterSchema.extend({
  round: optionalId.catch(undefined),
  group: optionalId.catch(undefined),
  programme: optionalText.catch(undefined),
  /** Which page of groups the breakdown and the trends show (domain/group-pages.ts). */
  groupPage: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ResultsSearch = z.infer<typeof resultsSearchSchema>;

/** Why a response-level export is made: stated by the admin, kept in the audit log. */
export const exportPurposeSchema = z.string().trim().min(10).max(500);
