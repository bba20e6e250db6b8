// The survey feature's server entry: rounds, the student's round and its submit, the round's QR
// code, and the survey definitions read from content/surveys.
import "server-only";

export { createRound } from "./create-round";
export { listRounds, type RoundSummary } from "./list-rounds";
export { findRoundByCode, findRoundForClient, type RoundByCode } from "./find-round";
export {
  submitSurveyResponse,
  participantAnswer,
  type ParticipantResolver,
} from "./submit-response";
export { loadStudentRound, type StudentRound } from "./student-round";
export { roundQrResponse, roundUrl } from "./round-qr";
export {
  defaultSurveyDefinition,
  getSurveyDefinition,
  loadAllSurveys,
} from "../domain/load-surveys";
export { localiseSurvey } from "../domain/localise";
export { surveyResponseSubmit } from "./api/responses-api";
export { roundQr } from "./api/qr-api";
export { studentRound } from "./api/student-round-api";
