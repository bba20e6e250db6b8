import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import type { RoundStatus } from "../../domain/round-window";
import { roundUrl } from "../../server/round-qr";
import type { StaffRound } from "../../server/staff-rounds";
import { CloseRoundButton } from "./close-round-button";

const STATUS_CLASSES: Record<RoundStatus, string> = {
  upcoming: "bg-accent-soft text-ink",
  open: "bg-brand-soft text-ink",
  closed: "border border-line text-muted",
};

/** The rounds as cards: what a coordinator needs to hand a round to its students. */
export async function RoundList({
  rounds,
  locale,
  origin,
  timeZone,
}: {
  rounds: StaffRound[];
  locale: Locale;
  origin: string;
  timeZone: string;
}) {
  const t = await getTranslations("staffRounds");
  const format = await getFormatter();
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <ul className="flex flex-col gap-6">
      {rounds.map((round) => {
        const url = roundUrl(origin, locale, round.code);
        const shownUrl = url.replace(/^https?:\/\//, "");
        return (
          <li key={round.id}>
            <Card className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="flex min-w-0 flex-col gap-3">
                <div className="flex flex-wrap items-center gap-3">
                  <h3 className="text-xl font-bold break-words">{round.name}</h3>
                  <span
                    className={`rounded-full px-3 py-0.5 text-sm font-bold ${STATUS_CLASSES[round.status]}`}
                  >
                    {t(`status.${round.status}`)}
                  </span>
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-bold">{t("columns.survey")}</dt>
                  <dd>{round.surveyTitle}</dd>
                  <dt className="font-bold">{t("columns.kind")}</dt>
                  <dd>{t(`kinds.${round.kind}`)}</dd>
                  <dt className="font-bold">{t("columns.groups")}</dt>
                  <dd className="break-words">{round.groups.map((g) => g.name).join(", ")}</dd>
                  <dt className="font-bold">{t("columns.opens")}</dt>
                  <dd>{when(round.opensAt)}</dd>
                  <dt className="font-bold">{t("columns.closes")}</dt>
                  <dd>{when(round.closesAt)}</dd>
                  <dt className="font-bold">{t("columns.responses")}</dt>
                  <dd>
                    {round.responses.exact
                      ? format.number(round.responses.n)
                      : t("responsesFewer", { k: round.responses.fewerThan })}
                  </dd>
                  <dt className="font-bold">{t("columns.code")}</dt>
                  <dd className="font-mono text-lg font-bold tracking-widest">{round.code}</dd>
                  <dt className="font-bold">{t("columns.link")}</dt>
                  <dd className="break-all">
                    <a href={url} className="text-brand underline">
                      {shownUrl}
                    </a>
                  </dd>
                </dl>
                <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
                  <Link
                    href={`/s/${round.code}/poster`}
                    className="font-bold text-brand underline"
                    aria-label={t("posterLabel", { name: round.name })}
                  >
                    {t("poster")}
                  </Link>
                  {round.status === "open" ? (
                    <CloseRoundButton roundId={round.id} name={round.name} />
                  ) : null}
                </div>
              </div>
              {/* eslint-disable-next-line @next/next/no-img-element -- the round's SVG from our own route */}
              <img
                src={`/api/v1/rounds/${round.code}/qr.svg?locale=${locale}`}
                alt={t("qrAlt", { url: shownUrl })}
                width={144}
                height={144}
                className="size-36 shrink-0 self-center rounded-xl bg-white p-1 sm:self-start"
              />
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
