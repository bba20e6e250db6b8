import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { PageHeading, StaffPage } from "@/features/access";
import { firstParam } from "@/lib/search-params";
import { loadAllSurveys } from "@/features/survey/server";
import type { Locale } from "@/i18n/locales";
import { SHARED_ROUND_ERRORS } from "../domain/shared-rounds";
import { requireNetworkLead } from "../server/lead-context";
import { listSharedRounds } from "../server/shared-rounds";
import { SharedRoundForm, type SharedRoundFormText } from "./shared-round-form";

/** /{locale}/staff/network/rounds: the lead's shared rounds, who adopted each, and a new one. */
export async function SharedRoundsPage({
  locale,
  searchParams,
}: {
  locale: Locale;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const lead = await requireNetworkLead(locale, firstParam(searchParams.network));
  const [rounds, t, tKind] = await Promise.all([
    listSharedRounds(lead),
    getTranslations("network.shared"),
    getTranslations("staffRounds.kinds"),
  ]);
  const surveys = loadAllSurveys().map((s) => ({ key: s.key, title: s.title[locale] }));
  const surveyTitle = new Map(surveys.map((s) => [s.key, s.title]));
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const text: SharedRoundFormText = {
    fields: {
      name: t("fields.name"),
      surveyKey: t("fields.surveyKey"),
      kind: t("fields.kind"),
      opensOn: t("fields.opensOn"),
      closesOn: t("fields.closesOn"),
      baselineId: t("fields.baselineId"),
    },
    hints: { name: t("hints.name"), days: t("hints.days"), baselineId: t("hints.baselineId") },
    days: t("days"),
    kinds: { BASELINE: tKind("BASELINE"), FOLLOW_UP: tKind("FOLLOW_UP") },
    noBaseline: t("noBaseline"),
    submit: t("submit"),
    errors: Object.fromEntries(
      SHARED_ROUND_ERRORS.map((key) => [key, t(`errors.${key}`)]),
    ) as SharedRoundFormText["errors"],
  };
  const networkQuery = `network=${encodeURIComponent(lead.networkId)}`;
  return (
    <StaffPage>
      <PageHeading
        title={t("title")}
        intro={t("intro", { network: lead.networkName })}
        action={
          <a href={`/${locale}/staff/network?${networkQuery}`} className="font-bold">
            {t("back")}
          </a>
        }
      />
      {firstParam(searchParams.notice) === "defined" ? (
        <p role="status" className="rounded bg-brand-soft p-3">
          {t("defined")}
        </p>
      ) : null}
      <section aria-labelledby="shared-list" className="flex flex-col gap-4">
        <h2 id="shared-list" className="text-2xl font-bold">
          {t("listTitle")}
        </h2>
        {rounds.length === 0 ? <p className="text-muted">{t("empty")}</p> : null}
        <ul className="flex flex-col gap-4" data-testid="shared-rounds">
          {rounds.map((round) => (
            <li key={round.id}>
              <Card className="flex flex-col gap-2">
                <h3 className="text-xl font-bold break-words">{round.name}</h3>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-bold">{t("fields.kind")}</dt>
                  <dd>{tKind(round.kind)}</dd>
                  <dt className="font-bold">{t("fields.surveyKey")}</dt>
                  <dd>{surveyTitle.get(round.surveyKey) ?? round.surveyKey}</dd>
                  <dt className="font-bold">{t("days")}</dt>
                  <dd>{day.formatRange(round.opensOn, round.closesOn)}</dd>
                  {round.baselineName ? (
                    <>
                      <dt className="font-bold">{t("fields.baselineId")}</dt>
                      <dd className="break-words">{round.baselineName}</dd>
                    </>
                  ) : null}
                  <dt className="font-bold">{t("adoptedBy")}</dt>
                  <dd className="break-words">
                    {round.adoptedBy.length === 0
                      ? t("adoptedByNone")
                      : t("adoptedBySchools", {
                          count: round.adoptedBy.length,
                          schools: round.adoptedBy.join(", "),
                        })}
                  </dd>
                </dl>
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="shared-new" className="flex flex-col gap-4">
        <h2 id="shared-new" className="text-2xl font-bold">
          {t("newTitle")}
        </h2>
        <Card className="max-w-2xl">
          <SharedRoundForm
            networkId={lead.networkId}
            surveys={surveys}
            baselines={rounds
              .filter((r) => r.kind === "BASELINE")
              .map(({ id, name }) => ({ id, name }))}
            text={text}
          />
        </Card>
      </section>
    </StaffPage>
  );
}
