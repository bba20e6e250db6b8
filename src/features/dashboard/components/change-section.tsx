import { getFormatter, getTranslations } from "next-intl/server";
import type { Suppressible } from "../domain/anonymity";
import type { BeforeAfter, ChangeFigure } from "../server/get-before-after";
import { FIGURE_TABLE } from "./figure-table";
import { HiddenFigure } from "./hidden-figure";
import { tableNumbers } from "./table-numbers";
import { TableScroll } from "./table-scroll";

/** The change since the baseline, said in plain words next to the numbers. */
export async function ChangeSection({ data }: { data: BeforeAfter }) {
  const t = await getTranslations("dashboard.change");
  return (
    <div className="flex flex-col gap-4">
      <p className="text-muted">{t("intro", { baseline: data.baseline.name })}</p>
      {data.change.suppressed ? (
        <HiddenFigure figure={data.change} />
      ) : (
        <ChangeSummary figure={data.change} />
      )}
      {data.groups.length > 1 ? <ChangeTable groups={data.groups} /> : null}
    </div>
  );
}

/** "Belonging rose by 3.4 points. This is a small effect. With n = 23 ..." */
export async function ChangeSentence({ figure }: { figure: ChangeFigure }) {
  const t = await getTranslations("dashboard.change");
  const { description } = figure;
  const parts = [t(`sentence.${description.direction}`, { points: description.points })];
  if (description.magnitude) parts.push(t(`magnitude.${description.magnitude}`));
  if (description.ciLow !== null && description.ciHigh !== null) {
    parts.push(t("range", { n: description.n, low: description.ciLow, high: description.ciHigh }));
  }
  return <>{parts.join(" ")}</>;
}

async function ChangeSummary({ figure }: { figure: ChangeFigure }) {
  const t = await getTranslations("dashboard.change");
  const format = await getFormatter();
  const two = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const { change } = figure;
  const effect = change.paired ? change.dz : change.g;
  const effectCi = change.paired ? change.dzCi : change.gCi;
  return (
    <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5">
      <p className="text-xl leading-relaxed font-bold">
        <ChangeSentence figure={figure} />
      </p>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm break-words sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{t("method")}</dt>
        <dd>
          {change.paired
            ? t("paired", { n: change.n })
            : t("unpaired", { before: change.nBaseline, after: change.nFollowUp })}
        </dd>
        <dt className="font-bold">{change.paired ? t("dz") : t("g")}</dt>
        <dd className="tabular-nums">
          {effect === null
            ? t("noEffect")
            : effectCi
              ? t("effect", {
                  value: two(effect),
                  low: two(effectCi.low),
                  high: two(effectCi.high),
                })
              : two(effect)}
        </dd>
      </dl>
    </div>
  );
}

async function ChangeTable({
  groups,
}: {
  groups: { key: string; name: string; change: Suppressible<ChangeFigure> }[];
}) {
  const t = await getTranslations("dashboard.change");
  const one = (await tableNumbers()).signedOne;
  return (
    <TableScroll label={t("groupsCaption")}>
      <table className={FIGURE_TABLE}>
        <caption className="mb-2 text-left text-lg font-bold">{t("groupsCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col">{t("group")}</th>
            <th scope="col" className="text-right">
              {t("points")}
            </th>
            <th scope="col" className="text-right">
              {t("interval")}
            </th>
            <th scope="col" className="text-right">
              {t("size")}
            </th>
            <th scope="col" className="text-right">
              {t("compared")}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ key, name, change }) => (
            <tr key={key}>
              <th scope="row" className="font-normal">
                {name}
              </th>
              {change.suppressed ? (
                <td colSpan={4}>
                  <HiddenFigure figure={change} />
                </td>
              ) : (
                <>
                  <td className="font-bold">
                    {change.change.meanDifference === null
                      ? "–"
                      : one(change.change.meanDifference)}
                  </td>
                  <td className="whitespace-nowrap text-muted">
                    {change.change.ci
                      ? t("rangeShort", {
                          low: one(change.change.ci.low),
                          high: one(change.change.ci.high),
                        })
                      : "–"}
                  </td>
                  <td>
                    {change.description.magnitude
                      ? t(`magnitudeWord.${change.description.magnitude}`)
                      : "–"}
                  </td>
                  <td>
                    {change.change.paired
                      ? t("pairedShort", { n: change.change.n })
                      : t("unpairedShort", {
                          before: change.change.nBaseline,
                          after: change.change.nFollowUp,
                        })}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
