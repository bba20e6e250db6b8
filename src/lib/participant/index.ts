export { currentParticipantId, getOrCreateParticipant } from "./participant";
export { PARTICIPANT_COOKIE } from "./device-key";
