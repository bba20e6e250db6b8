// The moderation feature's browser-safe entry: the moderator's schemas. Server code (the queue,
// the moderator's actions, approved advice for the advice wall and the pathway) is in ./server.
export {
  ADVICE_MAX_LENGTH,
  approveAdviceSchema,
  rejectAdviceSchema,
  type ApproveAdviceInput,
  type RejectAdviceInput,
} from "./schemas";
