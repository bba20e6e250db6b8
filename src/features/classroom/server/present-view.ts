import "server-only";
import type { StaffContext } from "@/features/access/server";
import { storiesOfSession } from "@/features/stories/server";
import { isLocale, defaultLocale } from "@/i18n/locales";
import { pageOrigin } from "@/lib/http/origin";
import { qrPath, type QrPath } from "@/lib/qr";
import type { NotesStep, PresentSession } from "../components/present-types";
import { parseNotes } from "../domain/notes-markdown";
import { getSession } from "./get-session";
import { joinPageLabel, joinUrl } from "./join-link";
import { loadSessionScript } from "./load-script";

export interface PresentView {
  session: PresentSession;
  notes: NotesStep[];
  joinLabel: string;
  qr: QrPath;
}

/**
 * Everything the projector and the notes window show for a session the caller may run: the
 * script in the class's language, the chosen stories' titles, and the join link with its QR
 * code. Throws AppError not_found for anyone else's session.
 */
export async function presentView(ctx: StaffContext, sessionId: string): Promise<PresentView> {
  const view = await getSession(ctx, sessionId);
  const locale = isLocale(view.locale) ? view.locale : defaultLocale;
  const script = loadSessionScript(locale);
  const notes = script.steps.map((step) => ({
    key: step.key,
    minutes: step.minutes,
    heading: step.projector.heading,
    lines: step.projector.lines,
    notes: parseNotes(step.notes),
  }));
  const [origin, stories] = await Promise.all([
    pageOrigin(),
    storiesOfSession(ctx.institutionId, view.storySlugs, locale),
  ]);
  return {
    session: {
      id: view.id,
      joinCode: view.joinCode,
      groupName: view.groupName,
      locale,
      storyTitles: stories.map((story) => story.title),
      steps: notes.map(({ key, minutes, heading, lines }) => ({ key, minutes, heading, lines })),
      initial: view.state,
    },
    notes,
    joinLabel: joinPageLabel(origin, locale),
    qr: qrPath(joinUrl(origin, locale, view.joinCode)),
  };
}
