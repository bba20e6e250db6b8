export {
  clearDeviceCookie,
  currentDeviceKey,
  participantIdsOfDevice,
  currentParticipantId,
  getOrCreateParticipant,
  participantIdForDevice,
} from "./participant";
export { PARTICIPANT_COOKIE, PARTICIPANT_COOKIE_MAX_AGE } from "./device-key";
