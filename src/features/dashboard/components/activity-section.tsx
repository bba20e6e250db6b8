import { getFormatter, getTranslations } from "next-intl/server";
import type { Suppressible } from "../domain/anonymity";
import type { ClassroomSummary } from "../server/get-classroom-summary";
import type { PathwayFunnel } from "../server/get-pathway-funnel";
import { BarTable } from "./bar-table";
import { HiddenFigure } from "./hidden-figure";
import { TableScroll } from "./table-scroll";

/** The Digital Pathway funnel and the classroom sessions held, both counted per institution. */
export async function ActivitySection({
  funnel,
  classroom,
}: {
  funnel: PathwayFunnel;
  classroom: ClassroomSummary;
}) {
  const t = await getTranslations("dashboard.activity");
  const format = await getFormatter();
  const invited = funnel.stages[0]?.figure;
  const base = invited && !invited.suppressed ? invited.n : 0;
  const count = (figure: Suppressible<{ n: number }>) =>
    figure.suppressed ? <HiddenFigure figure={figure} /> : format.number(figure.n);
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
      <div className="flex flex-col gap-2">
        <BarTable
          caption={t("funnelTitle")}
          labelHeader={t("stage")}
          valueHeader={t("students")}
          rows={funnel.stages.map(({ stage, figure }) => ({
            key: stage,
            label: t(`stages.${stage}`),
            share: figure.suppressed || base === 0 ? 0 : Math.min(1, figure.n / base),
            value: count(figure),
          }))}
        />
        <p className="text-sm text-muted">{t("adviceNote")}</p>
      </div>
      <div className="flex flex-col gap-3">
        <h3 className="text-lg font-bold">{t("classroomTitle")}</h3>
        <dl className="grid grid-cols-3 gap-3 text-center break-words">
          <div className="min-w-0 rounded-xl bg-brand-soft p-3">
            <dt className="text-sm">{t("held")}</dt>
            <dd className="text-2xl font-bold tabular-nums">{format.number(classroom.held)}</dd>
          </div>
          <div className="min-w-0 rounded-xl bg-brand-soft p-3">
            <dt className="text-sm">{t("joined")}</dt>
            <dd className="text-2xl font-bold tabular-nums">{count(classroom.joined)}</dd>
          </div>
          <div className="min-w-0 rounded-xl bg-brand-soft p-3">
            <dt className="text-sm">{t("advice")}</dt>
            <dd className="text-2xl font-bold tabular-nums">{count(classroom.advice)}</dd>
          </div>
        </dl>
        {classroom.sessions.length > 0 ? (
          <TableScroll label={t("sessionsCaption")}>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("sessionsCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-line">
                  <th scope="col" className="px-2 py-1">
                    {t("day")}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t("group")}
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    {t("joined")}
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    {t("advice")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {classroom.sessions.map((s) => (
                  <tr key={s.id} className="border-t border-line">
                    <td className="px-2 py-1 whitespace-nowrap">
                      {format.dateTime(s.heldOn, { dateStyle: "medium", timeZone: "UTC" })}
                    </td>
                    <th scope="row" className="px-2 py-1 font-normal">
                      {s.groupName}
                    </th>
                    <td className="px-2 py-1 text-right tabular-nums">{count(s.joined)}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{count(s.advice)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p className="text-muted">{t("noSessions")}</p>
        )}
      </div>
    </div>
  );
}
