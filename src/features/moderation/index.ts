// The moderation feature's public face (server code): the queue, the moderator's actions, and
// approved advice for the classroom advice wall and "advice from past students" in the pathway.
export { listModerationQueue, type QueuedAdvice } from "./server/list-moderation-queue";
export { approveAdvice } from "./server/approve-advice";
export { rejectAdvice } from "./server/reject-advice";
export {
  listApprovedAdvice,
  approvedAdviceQuerySchema,
  type ApprovedAdvice,
  type ApprovedAdviceQuery,
} from "./server/list-approved-advice";
export {
  ADVICE_MAX_LENGTH,
  approveAdviceSchema,
  rejectAdviceSchema,
  type ApproveAdviceInput,
  type RejectAdviceInput,
} from "./schemas";
