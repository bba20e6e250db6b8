// The advice feature's public surface (safe in the browser): the shared writing rules and the
// advice schema used by forms and by POST /api/v1/advice. Storing is in ./server.
export {
  WRITING_MAX_LENGTH,
  WRITING_ERRORS,
  submissionIdSchema,
  writingSchema,
  writingLocaleSchema,
  storySlugSchema,
  roundCodeSchema,
  adviceInputSchema,
  type AdviceInput,
  type WritingReceipt,
} from "./schemas";
export { flagTrigger, type FlaggedWriting } from "./domain/flag-trigger";
