// What the server hands the projector and the notes window: the session, the script's steps in
// the class's language, and the join link.
import type { RoomState } from "../domain/room-state";
import type { NotesBlock } from "../domain/notes-markdown";

export interface PresentStep {
  key: string;
  minutes: number;
  heading: string;
  lines: string[];
}

export interface PresentSession {
  id: string;
  joinCode: string;
  groupName: string;
  /** The class's language: the projector's text and the phones'. */
  locale: string;
  storyTitles: string[];
  steps: PresentStep[];
  initial: RoomState;
}

export interface NotesStep extends PresentStep {
  notes: NotesBlock[];
}
