// The network feature's browser-safe entry: what a network lead and a school's admin send.
// Server code (leads, a school's consent, the pooled report) is in ./server.
export {
  inviteSchoolSchema,
  answerNetworkSchema,
  defineSharedRoundSchema,
  adoptSharedRoundSchema,
} from "./schemas";
