import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui";
import type { ResultScope } from "../domain/hierarchy";

/** Downloads of the current view: aggregated results for all, responses for admins. */
export async function ExportLinks({
  roundId,
  scope,
  locale,
  canExportResponses,
}: {
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
        <a
          href={`/api/v1/staff/exports/responses?${new URLSearchParams({ round: roundId, locale })}`}
          className={buttonClasses("secondary")}
          download
        >
          {t("responses")}
        </a>
      ) : null}
      <p className="w-full max-w-3xl text-sm text-muted">
        {canExportResponses ? t("noteAdmin") : t("note")}
      </p>
    </div>
  );
}
