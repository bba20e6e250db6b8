// The classroom feature's browser-safe entry: what its forms and endpoints accept. Server code
// (sessions, the room's live state) is in ./server.
export {
  MIN_SESSION_STORIES,
  MAX_SESSION_STORIES,
  startSessionInputSchema,
  stepMoveInputSchema,
  joinCodeSchema,
  classroomAdviceInputSchema,
  type StartSessionInput,
  type StepMoveInput,
  type ClassroomAdviceInput,
} from "./schemas";
