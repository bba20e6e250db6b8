import { headers } from "next/headers";
import { pathwayPageData } from "@/features/pathway/server";
import { toStoryView } from "@/features/stories";
import { storiesOfSession } from "@/features/stories/server";
import type { Locale } from "@/i18n/locales";
import { clientKey, isAppError } from "@/lib/http";
import { findSessionByCode, phoneRoom, type PublicSession } from "../server";
import { ClassroomPhone } from "./classroom-phone";
import { JoinMessage } from "./join-message";

async function lookUp(code: string): Promise<PublicSession | "not-found" | "rate-limited"> {
  try {
    return await findSessionByCode(code, clientKey({ headers: await headers() }));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return "not-found";
    if (isAppError(error) && error.code === "rate_limited") return "rate-limited";
    throw error;
  }
}

/** /{locale}/join/{code}: the phone in the room, or why this code leads nowhere now. */
export async function JoinSessionPage({ code, locale }: { code: string; locale: Locale }) {
  const session = await lookUp(code);
  // Said on the page itself, not with notFound(): a streamed 404 shows nothing without JavaScript.
  if (typeof session === "string") return <JoinMessage reason={session} />;
  if (session.endedAt) return <JoinMessage reason="ended" />;
  // The help shown after writing, when the text suggests support: the locale's helplines and
  // the school's contacts in general words, since the session's page never names the school.
  const [{ help }, initial, stories] = await Promise.all([
    pathwayPageData(locale),
    phoneRoom(session),
    // In the student's language where the story has it, in the teacher's order.
    storiesOfSession(session.institutionId, session.storySlugs, locale),
  ]);
  return (
    <ClassroomPhone
      code={session.joinCode}
      initial={initial}
      locale={locale}
      stories={stories.map(toStoryView)}
      help={help}
    />
  );
}
