// The teacher's screens of a running session: the projector, the notes window, the advice
// wall. Each looks the session up for the signed-in teacher; anyone else's is a 404.
import { notFound } from "next/navigation";
import { listApprovedAdvice } from "@/features/moderation/server";
import { requireStaff, type StaffContext } from "@/features/access/server";
import { defaultLocale, isLocale } from "@/i18n/locales";
import { isAppError } from "@/lib/http";
import { getSession } from "../server/get-session";
import { presentView } from "../server/present-view";
import { AdviceWall } from "./advice-wall";
import { NotesWindow } from "./notes-window";
import { Projector } from "./projector";

async function load<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

function teacher(locale: string, id: string, page = ""): Promise<StaffContext> {
  return requireStaff(locale, "classroom:run", `/${locale}/present/${id}${page}`);
}

/** How many pieces of advice the wall shows: what fits a projector in readable type. */
const WALL_SIZE = 12;

/** Approved advice from this school in the class's language: never a text not yet checked. */
function wallAdvice(ctx: StaffContext, sessionLocale: string) {
  return listApprovedAdvice({
    institutionId: ctx.institutionId,
    locale: isLocale(sessionLocale) ? sessionLocale : defaultLocale,
    limit: WALL_SIZE,
  });
}

export async function ProjectorPage({ locale, id }: { locale: string; id: string }) {
  const ctx = await teacher(locale, id);
  const view = await load(() => presentView(ctx, id));
  const wall = await wallAdvice(ctx, view.session.locale);
  return (
    <Projector
      session={view.session}
      joinLabel={view.joinLabel}
      qr={view.qr}
      notesHref={`/${locale}/present/${id}/notes`}
      wall={wall}
    />
  );
}

export async function NotesPage({ locale, id }: { locale: string; id: string }) {
  const ctx = await teacher(locale, id, "/notes");
  const view = await load(() => presentView(ctx, id));
  return <NotesWindow session={view.session} steps={view.notes} />;
}

/** The wall on a page of its own, for a second screen or after the session. */
export async function WallPage({ locale, id }: { locale: string; id: string }) {
  const ctx = await teacher(locale, id, "/wall");
  const session = await load(() => getSession(ctx, id));
  const advice = await wallAdvice(ctx, session.locale);
  return (
    <div className="mx-auto max-w-7xl px-6 py-10" lang={session.locale}>
      <AdviceWall advice={advice} />
    </div>
  );
}
