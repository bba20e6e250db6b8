// The moderation feature's server entry: the queue, the moderator's actions, and approved
// advice for the classroom advice wall and "advice from past students" in the pathway.
import "server-only";

export { listModerationQueue, type QueuedAdvice } from "./list-moderation-queue";
export { approveAdvice } from "./approve-advice";
export { rejectAdvice } from "./reject-advice";
export {
  listApprovedAdvice,
  approvedAdviceQuerySchema,
  type ApprovedAdvice,
  type ApprovedAdviceQuery,
} from "./list-approved-advice";
