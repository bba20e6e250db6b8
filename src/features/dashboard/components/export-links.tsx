import { getTranslations } from "next-intl/server";
import { buttonClasses, Field, Input } from "@/components/ui";
import type { ResultScope } from "../domain/hierarchy";

/** Downloads of the current view: aggregated results for all, responses for admins. */
export async function ExportLinks({
  roundId,
  scope,
  locale,
  canExportResponses,
  k,
}: {
  k: number;
  roundId: string;
  scope: ResultScope;
  locale: string;
  canExportResponses: boolean;
}) {
  const t = await getTranslations("dashboard.exports");
  const query = new URLSearchParams({ round: roundId, locale });
  if (scope.level === "group") query.set("group", scope.groupId);
  if (scope.level === "programme") query.set("programme", scope.programme);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <a
        href={`/api/v1/staff/exports/results?${query}`}
        className={buttonClasses("secondary")}
        download
      >
        {t("results")}
      </a>
      {canExportResponses ? (
        // A stated purpose goes with every research download, into the audit log.
        <form
          method="get"
          action="/api/v1/staff/exports/responses"
          className="flex w-full max-w-3xl flex-col gap-3"
        >
          <input type="hidden" name="round" value={roundId} />
          <input type="hidden" name="locale" value={locale} />
          <Field id="export-purpose" label={t("purpose")} hint={t("purposeHint")}>
            {(describedBy) => (
              <Input
                id="export-purpose"
                name="purpose"
                required
                minLength={10}
                maxLength={500}
                aria-describedby={describedBy}
              />
            )}
          </Field>
          <button type="submit" className={buttonClasses("secondary")}>
            {t("responses")}
          </button>
        </form>
      ) : null}
      <p className="w-full max-w-3xl text-sm text-muted">
        {canExportResponses ? t("noteAdmin", { k }) : t("note")}
      </p>
    </div>
  );
}
