import { getFormatter, getTranslations } from "next-intl/server";
import { Card, LinkButton } from "@/components/ui";
import { AUDIT_ACTIONS } from "@/features/audit";
import { tombstoneRef } from "../domain/tombstone";
import { listAuditEvents, type AuditEventView } from "../server/list-audit-events";
import { institutionTimeZone, orNotFound, requireStaff } from "@/features/access/server";
import { PageHeading, StaffPage } from "@/features/access";

// Rows written before an action was renamed keep their stored name.
const KNOWN = new Set<string>(AUDIT_ACTIONS);
const isKnown = (action: string): action is (typeof AUDIT_ACTIONS)[number] => KNOWN.has(action);

/** A short, readable line of an event's details (never passwords: none are stored). */
function describe(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  return Object.entries(details as Record<string, unknown>)
    .map(([key, value]) => {
      if (value && typeof value === "object" && "from" in value && "to" in value) {
        return `${key}: ${String(value.from)} → ${String(value.to)}`;
      }
      if (key === "changes" && value && typeof value === "object") return describe(value);
      return `${key}: ${Array.isArray(value) ? value.length : typeof value === "object" ? JSON.stringify(value) : String(value)}`;
    })
    .join("; ");
}

export async function AuditPage({ locale, before }: { locale: string; before?: string }) {
  const ctx = await requireStaff(locale, "audit:read", `/${locale}/staff/audit`);
  const { events, nextBefore } = await orNotFound(listAuditEvents(ctx, { before }));
  const timeZone = await institutionTimeZone(ctx);
  const t = await getTranslations("staffAudit");
  const format = await getFormatter();
  const actionLabel = (event: AuditEventView) =>
    isKnown(event.action) ? t(`actions.${event.action}`) : event.action;
  return (
    <StaffPage>
      <PageHeading title={t("title")} intro={t("intro")} />
      {events.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <Card>
          <ol className="divide-y divide-line">
            {events.map((event) => (
              <li key={event.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
                <p className="flex flex-wrap justify-between gap-x-4">
                  <span className="font-bold">{actionLabel(event)}</span>
                  <time dateTime={event.at.toISOString()} className="text-sm text-muted">
                    {format.dateTime(event.at, {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone,
                    })}
                  </time>
                </p>
                <p className="text-sm break-all">
                  <span className="sr-only">{t("columns.who")}: </span>
                  {!event.actor
                    ? t("system")
                    : event.actor.deleted
                      ? t("deletedActor", { ref: tombstoneRef(event.actor.id) })
                      : (event.actor.name ?? event.actor.email)}
                </p>
                {event.details ? (
                  <p className="text-sm break-words text-muted">
                    <span className="sr-only">{t("columns.details")}: </span>
                    {describe(event.details)}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </Card>
      )}
      <div className="flex flex-wrap gap-3">
        {before ? (
          <LinkButton href="/staff/audit" variant="secondary">
            {t("newest")}
          </LinkButton>
        ) : null}
        {nextBefore ? (
          <LinkButton href={`/staff/audit?before=${nextBefore}`} variant="secondary">
            {t("older")}
          </LinkButton>
        ) : null}
      </div>
    </StaffPage>
  );
}
