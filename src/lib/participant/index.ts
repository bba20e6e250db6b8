export {
  clearDeviceCookie,
  currentDeviceKey,
  participantIdsOfDevice,
  currentParticipantId,
  endStudentPreview,
  startStudentPreview,
  studentPreviewSchool,
  getOrCreateParticipant,
  knownSchoolId,
  participantIdForDevice,
  rememberSchool,
} from "./participant";
export { SCHOOL_COOKIE } from "./school-cookie";
export { PARTICIPANT_COOKIE, PARTICIPANT_COOKIE_MAX_AGE } from "./device-key";
export { PREVIEW_COOKIE } from "./preview-cookie";
