// The teacher's screens of a running session: the projector, the notes window, the advice
// wall. Each looks the session up for the signed-in teacher; anyone else's is a 404.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listApprovedAdvice } from "@/features/moderation";
import { requireStaff, type StaffContext } from "@/features/staff";
import { defaultLocale, isLocale } from "@/i18n/locales";
import { isAppError } from "@/lib/http";
import { getSession } from "../server/get-session";
import { presentView } from "../server/present-view";
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

export async function ProjectorPage({ locale, id }: { locale: string; id: string }) {
  const ctx = await teacher(locale, id);
  const view = await load(() => presentView(ctx, id));
  return (
    <Projector
      session={view.session}
      joinLabel={view.joinLabel}
      qr={view.qr}
      notesHref={`/${locale}/present/${id}/notes`}
    />
  );
}

export async function NotesPage({ locale, id }: { locale: string; id: string }) {
  const ctx = await teacher(locale, id, "/notes");
  const view = await load(() => presentView(ctx, id));
  return <NotesWindow session={view.session} steps={view.notes} />;
}

/** Approved advice from this school in the class's language: never a text not yet checked. */
export async function WallPage({ locale, id }: { locale: string; id: string }) {
  const ctx = await teacher(locale, id, "/wall");
  const session = await load(() => getSession(ctx, id));
  const advice = await listApprovedAdvice({
    institutionId: ctx.institutionId,
    locale: isLocale(session.locale) ? session.locale : defaultLocale,
    limit: 12,
  });
  const t = await getTranslations("classroom.wall");
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-10" lang={session.locale}>
      <div className="flex flex-col gap-2">
        <h1 className="text-5xl font-bold">{t("title")}</h1>
        <p className="text-2xl text-muted">{t("intro")}</p>
      </div>
      {advice.length === 0 ? (
        <p className="text-2xl">{t("empty")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
          {advice.map((item) => (
            <li
              key={item.id}
              className="whitespace-pre-line rounded-3xl bg-surface p-6 text-2xl leading-snug shadow-sm"
            >
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
