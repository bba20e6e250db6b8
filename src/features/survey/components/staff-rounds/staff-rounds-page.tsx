import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card, LinkButton } from "@/components/ui";
import { PageHeading, StaffPage } from "@/features/access";
import { requireStaff } from "@/features/access/server";
import type { Locale } from "@/i18n/locales";
import { pageOrigin } from "@/lib/http/origin";
import { loadStaffRounds } from "../../server/staff-rounds";
import { RoundForm } from "./round-form";
import { RoundList } from "./round-list";

const NOTICES = ["created", "closed"] as const;

/**
 * /{locale}/staff/rounds: the institution's survey rounds, newest first, and a new one.
 * `shared`: what the route places between the two (a network's shared rounds to adopt).
 */
export async function StaffRoundsPage({
  locale,
  notice,
  shared,
}: {
  locale: Locale;
  notice?: string;
  shared?: ReactNode;
}) {
  const ctx = await requireStaff(locale, "rounds:manage", `/${locale}/staff/rounds`);
  const t = await getTranslations("staffRounds");
  const data = await loadStaffRounds(ctx, locale);
  const shownNotice = NOTICES.find((n) => n === notice);
  return (
    <StaffPage>
      <PageHeading
        title={t("title")}
        intro={t("intro")}
        action={<LinkButton href="/staff/rounds#new-round">{t("new")}</LinkButton>}
      />
      {shownNotice ? (
        <p role="status" className="rounded-xl bg-brand-soft px-4 py-3 font-bold">
          {t(`notices.${shownNotice}`)}
        </p>
      ) : null}
      <section aria-labelledby="rounds-list" className="flex flex-col gap-4">
        <h2 id="rounds-list" className="text-2xl font-bold">
          {t("listTitle")}
        </h2>
        {data.rounds.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <RoundList
            rounds={data.rounds}
            locale={locale}
            origin={await pageOrigin()}
            timeZone={data.timeZone}
          />
        )}
      </section>
      {shared}
      <section aria-labelledby="new-round" className="flex scroll-mt-4 flex-col gap-4">
        <h2 id="new-round" className="text-2xl font-bold">
          {t("createTitle")}
        </h2>
        <Card>
          {data.groups.length === 0 ? (
            <p className="text-muted">{t("noGroups")}</p>
          ) : (
            <RoundForm
              surveys={data.surveys}
              groups={data.groups}
              baselines={data.baselines}
              timeZone={data.timeZone}
            />
          )}
        </Card>
      </section>
    </StaffPage>
  );
}
