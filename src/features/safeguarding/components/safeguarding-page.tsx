import { getFormatter, getTranslations } from "next-intl/server";
import { Button, Card, inputClasses } from "@/components/ui";
import { PageHeading, StaffPage } from "@/features/access";
import { institutionTimeZone, requireStaff } from "@/features/access/server";
import { advanceFlagFromForm, type FlagNotice } from "../actions/advance";
import { readFlagTrigger } from "../domain/flag-trigger";
import { FLAG_NOTE_MAX_LENGTH, FLAG_STATUSES } from "../schemas";
import { listFlags, type FlagView } from "../server/list-flags";
import { safeguardingMailFailure } from "../server/mail-failure";

const NOTICES: readonly FlagNotice[] = ["acknowledged", "resolved", "noteNeeded", "gone"];

/** Flagged texts for the designated staff: new ones first, each moved forward with a note. */
export async function SafeguardingPage({ locale, notice }: { locale: string; notice?: string }) {
  const ctx = await requireStaff(locale, "safeguarding:handle", `/${locale}/staff/safeguarding`);
  const t = await getTranslations("safeguarding");
  const [flags, mailFailure, timeZone] = await Promise.all([
    listFlags(ctx),
    safeguardingMailFailure(ctx),
    institutionTimeZone(ctx),
  ]);
  const shown = NOTICES.find((n) => n === notice);
  return (
    <StaffPage>
      <PageHeading title={t("title")} intro={t("intro")} />
      {mailFailure ? (
        <p role="alert" className="rounded-xl bg-accent-soft px-4 py-3 font-bold">
          {t("mailFailing", { reason: mailFailure.reason })}
        </p>
      ) : null}
      {shown ? (
        <p
          role="status"
          className={
            shown === "noteNeeded" || shown === "gone"
              ? "rounded-xl bg-accent-soft px-4 py-3 font-bold"
              : "rounded-xl bg-brand-soft px-4 py-3 font-bold"
          }
        >
          {t(`notices.${shown}`)}
        </p>
      ) : null}
      {FLAG_STATUSES.map((status) => {
        const list = flags.filter((f) => f.status === status);
        return (
          <section key={status} aria-labelledby={`flags-${status}`} className="flex flex-col gap-4">
            <h2 id={`flags-${status}`} className="text-2xl font-bold">
              {t(`statuses.${status}`, { count: list.length })}
            </h2>
            {list.length === 0 ? (
              <p className="text-muted">{t(`empty.${status}`)}</p>
            ) : (
              <ul className="flex flex-col gap-4">
                {list.map((flag) => (
                  <li key={flag.id}>
                    <FlagCard flag={flag} timeZone={timeZone} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </StaffPage>
  );
}

async function FlagCard({ flag, timeZone }: { flag: FlagView; timeZone: string }) {
  const t = await getTranslations("safeguarding");
  const format = await getFormatter();
  const headingId = `flag-${flag.id}`;
  const trigger = readFlagTrigger(flag.trigger);
  const reasons = [...trigger.categories.map((c) => t(`categories.${c}`)), ...trigger.other];
  return (
    <Card
      className={
        flag.status === "NEW" ? "flex flex-col gap-3 ring-2 ring-danger" : "flex flex-col gap-3"
      }
    >
      <h3 id={headingId} className="text-lg font-bold">
        {t("raised", {
          when: format.dateTime(flag.raisedAt, {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone,
          }),
        })}
      </h3>
      <p className="text-sm text-muted">
        {t("trigger", { trigger: reasons.join(", ") })}
        {flag.source ? ` · ${t(`sources.${flag.source}`)}` : ""}
        {flag.groupName ? ` · ${flag.groupName}` : ""}
      </p>
      {flag.text ? (
        <blockquote
          lang={flag.locale ?? undefined}
          className="border-l-4 border-danger pl-4 text-lg leading-relaxed whitespace-pre-line"
        >
          {flag.text}
        </blockquote>
      ) : null}
      {flag.handledBy ? (
        <p className="text-sm">
          {t("handledBy", { name: flag.handledBy.name ?? flag.handledBy.email })}
        </p>
      ) : null}
      {flag.note ? (
        <div className="rounded-xl bg-paper p-3">
          <p className="text-sm font-bold">{t("notes")}</p>
          <p className="whitespace-pre-line">{flag.note}</p>
        </div>
      ) : null}
      {flag.status === "RESOLVED" ? null : <FlagActions flag={flag} headingId={headingId} />}
    </Card>
  );
}

async function FlagActions({ flag, headingId }: { flag: FlagView; headingId: string }) {
  const t = await getTranslations("safeguarding");
  const noteId = `note-${flag.id}`;
  return (
    <form action={advanceFlagFromForm} className="flex flex-col gap-2 print:hidden">
      <input type="hidden" name="flagId" value={flag.id} />
      <label htmlFor={noteId} className="font-bold">
        {t("noteLabel")}
      </label>
      <p id={`${noteId}-hint`} className="text-sm text-muted">
        {t("noteHint")}
      </p>
      <textarea
        id={noteId}
        name="note"
        maxLength={FLAG_NOTE_MAX_LENGTH}
        aria-describedby={`${noteId}-hint`}
        className={`${inputClasses} min-h-24`}
      />
      <div className="flex flex-wrap gap-3">
        {flag.status === "NEW" ? (
          <Button type="submit" name="to" value="ACKNOWLEDGED" aria-describedby={headingId}>
            {t("acknowledge")}
          </Button>
        ) : null}
        <Button
          type="submit"
          name="to"
          value="RESOLVED"
          variant={flag.status === "NEW" ? "secondary" : "primary"}
          aria-describedby={headingId}
        >
          {t("resolve")}
        </Button>
      </div>
    </form>
  );
}
