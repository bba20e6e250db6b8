export {
  currentParticipantId,
  getOrCreateParticipant,
  participantIdForDevice,
} from "./participant";
export { PARTICIPANT_COOKIE } from "./device-key";
