import { getTranslations } from "next-intl/server";
import { Button, Card, Input } from "@/components/ui";
import { PageHeading, StaffPage } from "@/features/access";
import { firstParam } from "@/lib/search-params";
import { inviteSchoolFromForm } from "../actions/network-actions";
import { getNetworkReport } from "../server/get-network-report";
import { requireNetworkLead } from "../server/lead-context";
import { reportNumbers } from "./format";
import { PooledChangeText } from "./pooled-change";
import { ReportTable } from "./report-table";
import { ActivityTable } from "./activity-table";
import { ArmsTable } from "./arms-table";
import { ReportSection } from "./report-section";
import type { Locale } from "@/i18n/locales";

const NOTICES = ["invited"] as const;
const ERRORS = ["invalidCode", "unknownCode", "alreadyInvited", "notFound", "signedOut"] as const;

export async function NetworkPage({
  locale,
  searchParams,
}: {
  locale: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const lead = await requireNetworkLead(locale, firstParam(searchParams.network));
  const page = await getNetworkReport(lead, new Date(), locale as Locale);
  const t = await getTranslations("network");
  const format = reportNumbers(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const notice = NOTICES.find((n) => n === firstParam(searchParams.notice));
  const error = ERRORS.find((e) => e === firstParam(searchParams.error));
  return (
    <StaffPage>
      <PageHeading
        title={page.networkName}
        intro={t("intro")}
        action={
          <div className="flex flex-wrap gap-4">
            <a
              href={`/${locale}/staff/network/rounds?network=${encodeURIComponent(lead.networkId)}`}
              className="font-bold"
            >
              {t("shared.link")}
            </a>
            <a
              href={`/${locale}/staff/network/pilot-report?network=${encodeURIComponent(lead.networkId)}`}
              className="font-bold"
            >
              {t("pilot.link")}
            </a>
          </div>
        }
      />
      {lead.networks.length > 1 ? (
        <nav aria-label={t("switch")} className="flex flex-wrap gap-3">
          {lead.networks.map((n) => (
            <a
              key={n.id}
              href={`/${locale}/staff/network?network=${encodeURIComponent(n.id)}`}
              aria-current={n.id === lead.networkId ? "page" : undefined}
              className="font-bold aria-[current=page]:text-brand"
            >
              {n.name}
            </a>
          ))}
        </nav>
      ) : null}
      {notice ? (
        <p role="status" className="rounded bg-brand-soft p-3">
          {t(`notices.${notice}`, { school: firstParam(searchParams.school) ?? "" })}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded border-2 border-accent p-3">
          {t(`errors.${error}`)}
        </p>
      ) : null}

      <ReportSection
        id="report"
        title={t("reportTitle")}
        text={t("reportText", { k: page.report.k })}
      >
        <ReportTable report={page.report} format={format} />
      </ReportSection>

      <ReportSection id="arms" title={t("arms.title")} text={t("arms.text", { k: page.report.k })}>
        <ArmsTable report={page.report} format={format} />
      </ReportSection>

      <ReportSection
        id="activity"
        title={t("activity.title")}
        text={t("activity.text", { k: page.report.k })}
      >
        <ActivityTable report={page.report} barriers={page.barriers} format={format} />
      </ReportSection>

      <ReportSection id="change" title={t("changeTitle")}>
        <PooledChangeText change={page.report.pooled.change} format={format} />
      </ReportSection>

      <ReportSection
        id="export"
        title={t("export.title")}
        text={t("export.text", { k: page.report.k })}
      >
        <Card className="max-w-xl">
          <form method="get" action="/api/v1/network/export" className="flex flex-col gap-3">
            <input type="hidden" name="network" value={lead.networkId} />
            <label htmlFor="purpose" className="font-bold">
              {t("export.purpose")}
            </label>
            <p id="purpose-hint" className="text-sm text-muted">
              {t("export.hint")}
            </p>
            <Input
              id="purpose"
              name="purpose"
              required
              minLength={10}
              maxLength={500}
              aria-describedby="purpose-hint"
            />
            <div className="flex flex-wrap items-center gap-4">
              <Button type="submit">{t("export.submit")}</Button>
              <a
                href={`/api/v1/network/export?part=codebook&network=${encodeURIComponent(lead.networkId)}`}
                className="font-bold"
              >
                {t("export.codebook")}
              </a>
            </div>
          </form>
        </Card>
      </ReportSection>

      <section className="flex flex-col gap-3" aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-2xl font-bold">
          {t("membersTitle")}
        </h2>
        {page.members.length === 0 ? <p>{t("noMembers")}</p> : null}
        <ul className="flex flex-col gap-1" data-testid="network-members">
          {page.members.map((m) => (
            <li key={m.institutionId}>
              <span className="font-bold">{m.name}</span> ({m.country}):{" "}
              {m.status === "ACTIVE"
                ? t("status.ACTIVE", { date: date.format(m.acceptedAt ?? m.invitedAt) })
                : m.status === "LEFT"
                  ? t("status.LEFT", { date: date.format(m.leftAt ?? m.invitedAt) })
                  : t("status.INVITED", { date: date.format(m.invitedAt) })}
            </li>
          ))}
        </ul>
        <Card className="max-w-xl">
          <form action={inviteSchoolFromForm} className="flex flex-col gap-3">
            <input type="hidden" name="networkId" value={lead.networkId} />
            <label htmlFor="schoolCode" className="font-bold">
              {t("invite.label")}
            </label>
            <p id="schoolCode-hint" className="text-sm text-muted">
              {t("invite.hint")}
            </p>
            <Input
              id="schoolCode"
              name="schoolCode"
              required
              autoComplete="off"
              aria-describedby="schoolCode-hint"
              className="max-w-xs uppercase"
            />
            <div>
              <Button type="submit">{t("invite.submit")}</Button>
            </div>
          </form>
        </Card>
      </section>
    </StaffPage>
  );
}
