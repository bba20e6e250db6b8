export {
  currentParticipantId,
  getOrCreateParticipant,
  knownSchoolId,
  participantIdForDevice,
  rememberSchool,
} from "./participant";
export { PARTICIPANT_COOKIE } from "./device-key";
export { SCHOOL_COOKIE } from "./school-cookie";
