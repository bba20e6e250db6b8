// The classroom feature's server surface: starting and running a session (staff), joining,
// writing advice and following the room live (students).
import "server-only";

export { startSession } from "./start-session";
export { moveStep } from "./move-step";
export { endSession } from "./end-session";
export { getSession, type StaffSessionView } from "./get-session";
export { listSessions, type SessionHistoryRow } from "./list-sessions";
export { findSessionByCode, type PublicSession } from "./find-session";
export { joinSession } from "./join-session";
export { phoneRoom } from "./phone-room";
export { submitClassroomAdvice } from "./submit-classroom-advice";
export { sessionEvents } from "./session-events";
export { loadSessionScript } from "./load-script";
export { readRoomState } from "./room";
export { sessionStart, sessionStep, sessionEnd } from "./api/staff-api";
export { sessionJoin, sessionAdvice, sessionEventStream } from "./api/student-api";
