import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { institutionTimeZone, requireStaff } from "@/features/access/server";
import { FINISHED_JOB_DAYS } from "../domain/policy";
import { previewRetention } from "../server/preview-retention";
import { RETENTION_KINDS } from "../server/selections";

/**
 * The admins' view of what the daily retention job will delete and when: for each kind, how
 * many rows are gone by the next run and by two later dates, under today's settings.
 */
export async function RetentionPreviewCard({ locale }: { locale: string }) {
  const ctx = await requireStaff(locale, "settings:manage", `/${locale}/staff/settings`);
  const [{ moments }, timeZone, t, format] = await Promise.all([
    previewRetention(ctx),
    institutionTimeZone(ctx),
    getTranslations("retention.preview"),
    getFormatter(),
  ]);
  return (
    <Card className="flex max-w-3xl flex-col gap-3" data-testid="retention-preview">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      <p>{t("intro")}</p>
      {/* Focusable, so a keyboard can scroll the table on a narrow screen. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">
                {t("kind")}
              </th>
              {moments.map(({ at }, i) => (
                <th key={at.toISOString()} scope="col" className="py-2 pr-4 text-right">
                  {t(i === 0 ? "byNextRun" : "byDate", {
                    date: format.dateTime(at, { dateStyle: "medium", timeZone }),
                  })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {RETENTION_KINDS.map((kind) => (
              <tr key={kind} className="border-b border-line last:border-0">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {t(`kinds.${kind}`)}
                </th>
                {moments.map(({ at, counts }) => (
                  <td key={at.toISOString()} className="py-2 pr-4 text-right tabular-nums">
                    {format.number(counts[kind])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-muted">{t("note", { days: FINISHED_JOB_DAYS })}</p>
    </Card>
  );
}
