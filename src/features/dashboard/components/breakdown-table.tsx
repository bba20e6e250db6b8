import { getTranslations } from "next-intl/server";
import type { BreakdownRow } from "../server/get-round-results";
import { FIGURE_TABLE } from "./figure-table";
import { HiddenFigure } from "./hidden-figure";
import { tableNumbers } from "./table-numbers";
import { TableScroll } from "./table-scroll";

/** Groups (and programme subtotals) side by side; a hidden figure spans its columns. */
export async function BreakdownTable({ rows }: { rows: BreakdownRow[] }) {
  const t = await getTranslations("dashboard.breakdown");
  const numbers = await tableNumbers();
  const { one } = numbers;
  const percent = (share: number | null) => (share === null ? "–" : numbers.percent(share));
  const th = "text-right font-bold";
  return (
    <TableScroll label={t("caption")}>
      <table className={FIGURE_TABLE}>
        <caption className="mb-2 text-left text-lg font-bold">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="font-bold">
              {t("group")}
            </th>
            <th scope="col" className={th}>
              {t("responses")}
            </th>
            <th scope="col" className={th}>
              {t("rate")}
            </th>
            <th scope="col" className={th}>
              {t("mean")}
            </th>
            <th scope="col" className={th}>
              {t("interval")}
            </th>
            <th scope="col" className={th}>
              {t("low")}
            </th>
            <th scope="col" className={th}>
              {t("mid")}
            </th>
            <th scope="col" className={th}>
              {t("high")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { responses, score } = row;
            const band = (key: "LOW" | "MID" | "HIGH") =>
              score.suppressed ? null : (score.bands.find((b) => b.band === key)?.share ?? null);
            return (
              <tr
                key={`${row.level}:${row.key}`}
                className={row.level === "programme" ? "bg-brand-soft/60 font-bold" : undefined}
              >
                <th scope="row" className="font-normal">
                  <span className={row.level === "programme" ? "font-bold" : undefined}>
                    {row.level === "programme"
                      ? t("programmeRow", { name: row.name || t("noProgramme") })
                      : row.name}
                  </span>
                  {row.level === "group" && row.programme ? (
                    <span className="block text-sm text-muted">{row.programme}</span>
                  ) : null}
                </th>
                {responses.suppressed ? (
                  <td colSpan={7}>
                    <HiddenFigure figure={responses} />
                  </td>
                ) : (
                  <>
                    <td>{numbers.count(responses.responses)}</td>
                    <td>{percent(responses.rate)}</td>
                    {score.suppressed ? (
                      <td colSpan={5}>
                        <HiddenFigure figure={score} />
                      </td>
                    ) : (
                      <>
                        <td className="font-bold">{one(score.mean)}</td>
                        <td className="whitespace-nowrap text-muted">
                          {score.ciLow === null || score.ciHigh === null
                            ? "–"
                            : t("range", { low: one(score.ciLow), high: one(score.ciHigh) })}
                        </td>
                        <td>{percent(band("LOW"))}</td>
                        <td>{percent(band("MID"))}</td>
                        <td>{percent(band("HIGH"))}</td>
                      </>
                    )}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
