import { getTranslations } from "next-intl/server";
import { Button, Card } from "@/components/ui";
import { institutionTimeZone, requireStaff } from "@/features/access/server";
import { listGroups } from "@/features/staff/server";
import { loadAllSurveys } from "@/features/survey/server";
import type { Locale } from "@/i18n/locales";
import { adoptSharedRoundFromForm } from "../actions/shared-round-actions";
import { ADOPT_OUTCOMES } from "../domain/shared-rounds";
import { listAdoptableRounds } from "../server/adopt-shared-round";

/**
 * On the rounds page of a member school: the shared rounds of its networks, each adopted (with
 * the school's own code and poster) or with a form to adopt it for some of the school's groups.
 * Nothing when the school is an active member of no network with shared rounds.
 */
export async function AdoptSection({ locale, outcome }: { locale: Locale; outcome?: string }) {
  const ctx = await requireStaff(locale, "rounds:manage", `/${locale}/staff/rounds`);
  // Most schools are in no network: for them the section costs this one read.
  const rounds = await listAdoptableRounds(ctx);
  if (rounds.length === 0) return null;
  const [groups, timeZone, t, tKind, tSchool] = await Promise.all([
    listGroups(ctx),
    institutionTimeZone(ctx),
    getTranslations("network.shared.adopt"),
    getTranslations("staffRounds.kinds"),
    getTranslations("network.school"),
  ]);
  const shown = ADOPT_OUTCOMES.find((o) => o === outcome);
  const surveyTitle = new Map(loadAllSurveys().map((s) => [s.key, s.title[locale]]));
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  });
  const active = groups.filter((g) => !g.archived);
  const now = new Date();
  return (
    <section aria-labelledby="shared-rounds" className="flex scroll-mt-4 flex-col gap-4">
      <h2 id="shared-rounds" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="text-muted">{t("intro")}</p>
      <a href={`/${locale}/staff/rounds/arms`} className="self-start font-bold">
        {tSchool("marking")}
      </a>
      {shown ? (
        <p
          role={shown === "adopted" ? "status" : "alert"}
          className={
            shown === "adopted"
              ? "rounded-xl bg-brand-soft px-4 py-3 font-bold"
              : "rounded-xl bg-accent-soft px-4 py-3 font-bold text-danger"
          }
        >
          {t(`outcomes.${shown}`)}
        </p>
      ) : null}
      <ul className="flex flex-col gap-4">
        {rounds.map((round) => (
          <li key={round.id}>
            <Card className="flex flex-col gap-3">
              <h3 className="text-xl font-bold break-words">{round.name}</h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-bold">{t("network")}</dt>
                <dd className="break-words">{round.networkName}</dd>
                <dt className="font-bold">{t("kind")}</dt>
                <dd>{tKind(round.kind)}</dd>
                <dt className="font-bold">{t("survey")}</dt>
                <dd>{surveyTitle.get(round.surveyKey) ?? round.surveyKey}</dd>
                <dt className="font-bold">{t("window")}</dt>
                <dd>{when.formatRange(round.opensAt, round.closesAt)}</dd>
                {round.baselineName ? (
                  <>
                    <dt className="font-bold">{t("follows")}</dt>
                    <dd className="break-words">{round.baselineName}</dd>
                  </>
                ) : null}
              </dl>
              {round.adoptedAs ? (
                <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
                  <span>
                    {t("adoptedAs")}{" "}
                    <span className="font-mono text-lg font-bold tracking-widest">
                      {round.adoptedAs.code}
                    </span>
                  </span>
                  <a
                    href={`/${locale}/s/${round.adoptedAs.code}/poster`}
                    className="font-bold text-brand underline"
                    aria-label={t("posterLabel", { name: round.name })}
                  >
                    {t("poster")}
                  </a>
                </p>
              ) : round.closesAt <= now ? (
                <p className="text-muted">{t("over")}</p>
              ) : active.length === 0 ? (
                <p className="text-muted">{t("noGroups")}</p>
              ) : (
                <form action={adoptSharedRoundFromForm} className="flex flex-col gap-3">
                  <input type="hidden" name="networkRoundId" value={round.id} />
                  <fieldset className="flex flex-col gap-1">
                    <legend className="mb-1.5 font-bold">{t("groups")}</legend>
                    {active.map((group) => (
                      <label
                        key={group.id}
                        className="flex min-h-11 items-center gap-3 rounded-xl px-2 hover:bg-brand-soft"
                      >
                        <input
                          type="checkbox"
                          name="groupIds"
                          value={group.id}
                          className="size-5 accent-brand"
                        />
                        <span className="break-words">{group.name}</span>
                      </label>
                    ))}
                  </fieldset>
                  <Button
                    type="submit"
                    className="self-start"
                    aria-label={t("submitLabel", { name: round.name })}
                  >
                    {t("submit")}
                  </Button>
                </form>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
