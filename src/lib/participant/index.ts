export {
  currentParticipantId,
  endStudentPreview,
  startStudentPreview,
  studentPreviewSchool,
  getOrCreateParticipant,
  knownSchoolId,
  participantIdForDevice,
  rememberSchool,
} from "./participant";
export { PARTICIPANT_COOKIE } from "./device-key";
export { SCHOOL_COOKIE } from "./school-cookie";
export { PREVIEW_COOKIE } from "./preview-cookie";
