import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { PageHeading, StaffPage } from "@/features/access";
import { getNetworkReport } from "../server/get-network-report";
import { requireNetworkLead } from "../server/lead-context";
import { reportNumbers } from "./format";
import { PooledChangeText } from "./pooled-change";
import { ReportTable } from "./report-table";
import { ActivityTable } from "./activity-table";
import { ArmsTable } from "./arms-table";
import { ReportSection } from "./report-section";
import type { Locale } from "@/i18n/locales";

const LIMITS = ["comparison", "selfReport", "hidden", "schools"] as const;

/** The pilot report a consortium hands to its funder: print it, or save it as a PDF. */
export async function PilotReportPage({
  locale,
  networkId,
}: {
  locale: string;
  networkId?: string;
}) {
  const lead = await requireNetworkLead(locale, networkId);
  const page = await getNetworkReport(lead, new Date(), locale as Locale);
  const t = await getTranslations("network.pilot");
  const format = reportNumbers(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date());
  return (
    <StaffPage>
      <PageHeading
        title={t("title", { network: page.networkName })}
        intro={t("intro", { date, schools: page.report.schools.length })}
        action={<PrintButton label={t("print")} />}
      />
      <ReportSection id="design" title={t("designTitle")}>
        <p className="max-w-3xl">{t("designText", { k: page.report.k })}</p>
        {page.onSharedRounds > 0 ? (
          <p className="max-w-3xl">
            {t("designShared", {
              count: page.onSharedRounds,
              schools: page.report.schools.length,
            })}
          </p>
        ) : null}
      </ReportSection>
      <ReportSection id="figures" title={t("figuresTitle")}>
        <ReportTable report={page.report} format={format} />
      </ReportSection>
      <ReportSection id="arms" title={t("armsTitle")} text={t("armsText", { k: page.report.k })}>
        <ArmsTable report={page.report} format={format} />
      </ReportSection>

      <ReportSection
        id="activity"
        title={t("activityTitle")}
        text={t("activityText", { k: page.report.k })}
      >
        <ActivityTable report={page.report} barriers={page.barriers} format={format} />
      </ReportSection>

      <ReportSection id="effect" title={t("effectTitle")}>
        <PooledChangeText change={page.report.pooled.change} format={format} />
      </ReportSection>
      <section className="flex flex-col gap-2" aria-labelledby="limits-heading">
        <h2 id="limits-heading" className="text-2xl font-bold">
          {t("limitsTitle")}
        </h2>
        <ul className="flex max-w-3xl list-disc flex-col gap-1 pl-6">
          {LIMITS.map((limit) => (
            <li key={limit}>{t(`limits.${limit}`)}</li>
          ))}
        </ul>
      </section>
    </StaffPage>
  );
}
