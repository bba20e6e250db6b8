import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { can, PageHeading, StaffPage } from "@/features/access";
import { requireStaff } from "@/features/access/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { resultsSearchSchema } from "../schemas";
import { loadResultsPage } from "../server/results-page-data";
import { ActivitySection } from "./activity-section";
import { AnswersSection } from "./answers-section";
import { BreakdownTable } from "./breakdown-table";
import { ChangeSection } from "./change-section";
import { ExportLinks } from "./export-links";
import { FreeTextSection } from "./free-text-section";
import { GroupPager } from "./group-pager";
import { HistogramChart } from "./histogram-chart";
import { KeyFigures } from "./key-figures";
import { ResultsFilters } from "./results-filters";
import { TrendsSection } from "./trends-section";

type Search = Record<string, string | string[] | undefined>;

/** The coordinator's results: one round (or a programme or group in it), its change, trends. */
export async function ResultsPage({ locale, search }: { locale: Locale; search: Search }) {
  const ctx = await requireStaff(locale, "results:read", `/${locale}/staff/results`);
  const t = await getTranslations("dashboard");
  const params = resultsSearchSchema.parse(
    Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const {
    filters,
    round,
    newFlags,
    funnel,
    classroom,
    timeZone,
    results,
    breakdown,
    change,
    trends,
  } = await loadResultsPage(ctx, params, locale);
  const scopeName =
    results?.scope.level === "group"
      ? results.groups.find(
          (g) => results.scope.level === "group" && g.id === results.scope.groupId,
        )?.name
      : results?.scope.level === "programme"
        ? results.scope.programme
        : t("page.allGroups");

  // The change and the trends show the groups of the page the groups' table shows.
  const pageNote =
    breakdown.pages > 1 ? (
      <p className="text-muted">
        {t("groupPages.showing", {
          first: breakdown.first,
          last: breakdown.last,
          groups: breakdown.groups,
        })}
      </p>
    ) : null;
  const sections: { id: string; title: string; body: ReactNode }[] = results
    ? [
        {
          id: "summary",
          title: t("sections.summary"),
          body: (
            <div className="flex flex-col gap-8">
              <KeyFigures responses={results.responses} score={results.score} />
              <HistogramChart histogram={results.histogram} />
              <AnswersSection items={results.items} choices={results.choices} />
            </div>
          ),
        },
        {
          id: "groups",
          title: t("sections.groups"),
          body: (
            <div className="flex flex-col gap-3">
              <GroupPager page={breakdown} search={search} id="groups-table" />
              <div id="groups-table">
                <BreakdownTable rows={breakdown.rows} />
              </div>
            </div>
          ),
        },
        ...(change
          ? [
              {
                id: "change",
                title: t("sections.change"),
                body: (
                  <div className="flex flex-col gap-3">
                    {pageNote}
                    <ChangeSection data={change} />
                  </div>
                ),
              },
            ]
          : []),
        {
          id: "trends",
          title: t("sections.trends"),
          body: (
            <div className="flex flex-col gap-3">
              {pageNote}
              <TrendsSection trends={trends} timeZone={timeZone} />
            </div>
          ),
        },
        {
          id: "comments",
          title: t("sections.comments"),
          body: <FreeTextSection texts={results.freeText} />,
        },
      ]
    : [];
  sections.push({
    id: "activity",
    title: t("sections.activity"),
    body: <ActivitySection funnel={funnel} classroom={classroom} />,
  });
  if (round && results) {
    sections.push({
      id: "downloads",
      title: t("sections.downloads"),
      body: (
        <ExportLinks
          roundId={round.id}
          k={results.k}
          scope={results.scope}
          locale={locale}
          canExportResponses={can(ctx.role, "export:responses")}
        />
      ),
    });
  }

  return (
    <StaffPage>
      <PageHeading title={t("page.title")} intro={t("page.intro", { k: results?.k ?? funnel.k })} />
      {newFlags > 0 ? (
        <p
          role="status"
          className="rounded-xl border-2 border-danger bg-accent-soft px-4 py-3 font-bold print:hidden"
        >
          {t("page.newFlags", { count: newFlags })}{" "}
          <Link href="/staff/safeguarding" className="text-brand underline">
            {t("page.openSafeguarding")}
          </Link>
        </p>
      ) : null}
      <ResultsFilters filters={filters} search={params} roundId={round?.id} timeZone={timeZone} />
      {round && results ? (
        <p className="text-xl font-bold">
          {t("page.showing", { round: round.name, scope: scopeName ?? "" })}
        </p>
      ) : (
        <p className="text-lg text-muted">{t("page.noRounds")}</p>
      )}
      <nav aria-label={t("page.onThisPage")} className="-mt-4 text-sm print:hidden">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-brand underline">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section
          key={s.id}
          id={s.id}
          aria-labelledby={`${s.id}-title`}
          className="flex flex-col gap-4"
        >
          <h2 id={`${s.id}-title`} className="text-2xl font-bold">
            {s.title}
          </h2>
          {s.body}
        </section>
      ))}
    </StaffPage>
  );
}
