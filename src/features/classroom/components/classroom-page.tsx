import { getFormatter, getTranslations } from "next-intl/server";
import { Card, LinkButton } from "@/components/ui";
import { sessionStoryChoices } from "@/features/stories/server";
import { PageHeading, StaffPage } from "@/features/access";
import { institutionTimeZone, requireStaff } from "@/features/access/server";
import { listGroups } from "@/features/staff/server";
import { localeNames, locales } from "@/i18n/locales";
import { toPickerStory } from "../domain/picker-story";
import { listSessions, type SessionHistoryRow } from "../server/list-sessions";
import { StartForm } from "./start-form";

/** /{locale}/staff/classroom: start a session, reopen a running one, each group's history. */
export async function ClassroomPage({ locale }: { locale: string }) {
  const ctx = await requireStaff(locale, "classroom:run", `/${locale}/staff/classroom`);
  const t = await getTranslations("classroom.staff");
  const [groups, sessions, timeZone, choices] = await Promise.all([
    listGroups(ctx),
    listSessions(ctx),
    institutionTimeZone(ctx),
    sessionStoryChoices(ctx.institutionId, locale),
  ]);
  const activeGroups = groups.filter((g) => !g.archived).map(({ id, name }) => ({ id, name }));
  const stories = choices.map(({ story, local }) => toPickerStory(story, { local }));
  const running = sessions.filter((s) => s.startedAt && !s.endedAt);
  const past = sessions.filter((s) => s.endedAt);
  return (
    <StaffPage>
      <PageHeading
        title={t("title")}
        intro={t("intro")}
        action={
          <LinkButton href="/staff/classroom/guide" variant="secondary">
            {t("guideLink")}
          </LinkButton>
        }
      />
      {running.length > 0 ? (
        <section aria-labelledby="running-sessions" className="flex flex-col gap-3">
          <h2 id="running-sessions" className="text-2xl font-bold">
            {t("running")}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {running.map((session) => (
              <li key={session.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3">
                  <span className="text-lg font-bold">{session.groupName}</span>
                  <LinkButton href={`/present/${session.id}`}>{t("openProjector")}</LinkButton>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="start-session" className="flex flex-col gap-4">
        <h2 id="start-session" className="text-2xl font-bold">
          {t("startTitle")}
        </h2>
        <Card>
          {activeGroups.length === 0 ? (
            <p className="text-muted">{t("noGroups")}</p>
          ) : (
            <StartForm
              groups={activeGroups}
              stories={stories}
              languages={locales.map((l) => ({ locale: l, name: localeNames[l] }))}
              locale={locale}
            />
          )}
        </Card>
      </section>
      <History sessions={past} timeZone={timeZone} />
    </StaffPage>
  );
}

/** Ended sessions, grouped by group, the latest first. */
async function History({
  sessions,
  timeZone,
}: {
  sessions: SessionHistoryRow[];
  timeZone: string;
}) {
  const t = await getTranslations("classroom.staff");
  const format = await getFormatter();
  // Node 20 has no Map.groupBy.
  const byGroup = new Map<string, SessionHistoryRow[]>();
  for (const s of sessions) byGroup.set(s.groupName, [...(byGroup.get(s.groupName) ?? []), s]);
  return (
    <section aria-labelledby="session-history" className="flex flex-col gap-4">
      <h2 id="session-history" className="text-2xl font-bold">
        {t("historyTitle")}
      </h2>
      {byGroup.size === 0 ? <p className="text-muted">{t("historyEmpty")}</p> : null}
      {[...byGroup].map(([groupName, rows]) => (
        <Card key={groupName} className="flex flex-col gap-2">
          <h3 className="text-xl font-bold">{groupName}</h3>
          <ul className="flex flex-col gap-1">
            {rows.map((row) => (
              <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-2">
                <span>
                  {t("historyRow", {
                    date: row.startedAt
                      ? format.dateTime(row.startedAt, {
                          dateStyle: "medium",
                          timeStyle: "short",
                          timeZone,
                        })
                      : t("notStarted"),
                    joined: row.joined,
                    advice: row.advice,
                  })}
                </span>
                <LinkButton href={`/present/${row.id}`} variant="ghost">
                  {t("summaryLink")}
                </LinkButton>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </section>
  );
}
