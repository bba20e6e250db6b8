// The survey feature's public face: what routes, scripts and other features may use.
export { createRound } from "./server/create-round";
export { listRounds, type RoundSummary } from "./server/list-rounds";
export { findRoundByCode, findRoundForClient, type RoundByCode } from "./server/find-round";
export {
  submitSurveyResponse,
  participantAnswer,
  type ParticipantResolver,
} from "./server/submit-response";
export { loadStudentRound, type StudentRound } from "./server/student-round";
export { roundQrResponse, roundUrl } from "./server/round-qr";
export {
  createRoundInputSchema,
  roundKinds,
  surveyResponseBodySchema,
  surveyResponseResultSchema,
  type CreateRoundInput,
  type SurveyNext,
  type SurveyResponseBody,
  type SurveyResponseResult,
} from "./schemas";
export { fromWallClock, roundStatus, type RoundStatus } from "./domain/round-window";
export { normaliseRoundCode, isRoundCode, generateRoundCode } from "./domain/round-code";
