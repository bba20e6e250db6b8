export {
  clearDeviceCookie,
  currentDeviceKey,
  participantIdsOfDevice,
  currentParticipantId,
  getOrCreateParticipant,
  knownSchoolId,
  participantIdForDevice,
  rememberSchool,
} from "./participant";
export { SCHOOL_COOKIE } from "./school-cookie";
export { PARTICIPANT_COOKIE, PARTICIPANT_COOKIE_MAX_AGE } from "./device-key";
