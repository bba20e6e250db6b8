import { getFormatter, getTranslations } from "next-intl/server";
import { Button, Card, inputClasses } from "@/components/ui";
import { PageHeading, StaffPage } from "@/features/access";
import { requireStaff } from "@/features/access/server";
import { localeNames, isLocale } from "@/i18n/locales";
import { approveFromForm, rejectFromForm, type ModerationNotice } from "../actions/moderate";
import { ADVICE_MAX_LENGTH } from "../schemas";
import { listModerationQueue, type QueuedAdvice } from "../server/list-moderation-queue";

const NOTICES: readonly ModerationNotice[] = ["approved", "edited", "rejected", "gone", "invalid"];

/** The advice waiting for a moderator: approve, reject, or edit out details, then approve. */
export async function ModerationPage({ locale, notice }: { locale: string; notice?: string }) {
  const ctx = await requireStaff(locale, "advice:moderate", `/${locale}/staff/moderation`);
  const t = await getTranslations("moderation");
  const queue = await listModerationQueue(ctx);
  const shown = NOTICES.find((n) => n === notice);
  return (
    <StaffPage>
      <PageHeading title={t("title")} intro={t("intro")} />
      {shown ? (
        <p
          role="status"
          className={
            shown === "gone" || shown === "invalid"
              ? "rounded-xl bg-accent-soft px-4 py-3 font-bold"
              : "rounded-xl bg-brand-soft px-4 py-3 font-bold"
          }
        >
          {t(`notices.${shown}`)}
        </p>
      ) : null}
      <p className="text-lg">{t("waiting", { count: queue.total })}</p>
      {queue.advice.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-6">
          {queue.advice.map((advice, i) => (
            <li key={advice.id}>
              <AdviceCard advice={advice} number={i + 1} />
            </li>
          ))}
        </ol>
      )}
    </StaffPage>
  );
}

async function AdviceCard({ advice, number }: { advice: QueuedAdvice; number: number }) {
  const t = await getTranslations("moderation");
  const format = await getFormatter();
  const headingId = `advice-${advice.id}`;
  const editId = `edit-${advice.id}`;
  const language = isLocale(advice.locale) ? localeNames[advice.locale] : advice.locale;
  return (
    <Card className="flex flex-col gap-4">
      <h2 id={headingId} className="text-lg font-bold">
        {t("adviceHeading", { number })}
      </h2>
      <blockquote
        lang={advice.locale}
        className="border-l-4 border-brand pl-4 text-lg leading-relaxed whitespace-pre-line"
      >
        {advice.text}
      </blockquote>
      <p className="text-sm text-muted">
        {t("meta", {
          source: t(`sources.${advice.source}`),
          language,
          day: format.dateTime(advice.writtenOn, { dateStyle: "medium", timeZone: "UTC" }),
        })}
      </p>
      <div className="flex flex-wrap gap-3">
        <form action={approveFromForm}>
          <input type="hidden" name="adviceId" value={advice.id} />
          <Button type="submit" aria-describedby={headingId}>
            {t("approve")}
          </Button>
        </form>
        <form action={rejectFromForm}>
          <input type="hidden" name="adviceId" value={advice.id} />
          <Button type="submit" variant="secondary" aria-describedby={headingId}>
            {t("reject")}
          </Button>
        </form>
      </div>
      <details className="rounded-xl border border-line p-3">
        <summary className="cursor-pointer font-bold text-brand">{t("edit")}</summary>
        <form action={approveFromForm} className="mt-3 flex flex-col gap-2">
          <input type="hidden" name="adviceId" value={advice.id} />
          <label htmlFor={editId} className="font-bold">
            {t("editLabel")}
          </label>
          <p id={`${editId}-hint`} className="text-sm text-muted">
            {t("editHint")}
          </p>
          <textarea
            id={editId}
            name="text"
            lang={advice.locale}
            defaultValue={advice.text}
            maxLength={ADVICE_MAX_LENGTH}
            required
            aria-describedby={`${editId}-hint`}
            className={`${inputClasses} min-h-32 leading-relaxed`}
          />
          <div>
            <Button type="submit">{t("saveAndApprove")}</Button>
          </div>
        </form>
      </details>
    </Card>
  );
}
