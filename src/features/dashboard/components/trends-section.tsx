import { getFormatter, getTranslations } from "next-intl/server";
import type { Trends, TrendSeries } from "../server/get-trends";
import { FIGURE_TABLE } from "./figure-table";
import { HiddenFigure } from "./hidden-figure";
import { oncePerValue, tableNumbers } from "./table-numbers";
import { TableScroll } from "./table-scroll";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 40, right: 72, top: 14, bottom: 30 };

/**
 * The mean score round by round: a line for the selected set (all groups or a programme) with
 * its 95% intervals, drawn for the eye, and a table of every group's means for everyone.
 */
export async function TrendsSection({ trends, timeZone }: { trends: Trends; timeZone: string }) {
  const t = await getTranslations("dashboard.trends");
  const format = await getFormatter();
  if (trends.rounds.length === 0) return <p className="text-muted">{t("none")}</p>;
  const main = trends.series.find((s) => s.level !== "group");
  const { one } = await tableNumbers();
  const students = oncePerValue((n: number) => t("n", { n }));
  return (
    <div className="flex flex-col gap-4">
      {main && trends.rounds.length > 1 ? (
        <TrendChart series={main} rounds={trends.rounds} />
      ) : null}
      <TableScroll label={t("caption")}>
        <table className={FIGURE_TABLE}>
          <caption className="mb-2 text-left text-lg font-bold">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col">{t("group")}</th>
              {trends.rounds.map((round) => (
                <th key={round.id} scope="col" className="text-right">
                  {round.name}
                  <span className="block text-sm font-normal text-muted">
                    {format.dateTime(round.opensAt, { dateStyle: "medium", timeZone })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trends.series.map((series) => (
              <tr key={series.key}>
                <th scope="row" className="font-normal">
                  {series.level === "round" ? t("allGroups") : series.name}
                </th>
                {series.points.map((point, i) => (
                  <td key={trends.rounds[i]?.id ?? i}>
                    {point.suppressed ? (
                      <HiddenFigure figure={point} />
                    ) : (
                      <>
                        <b>{one(point.mean)}</b>
                        <small>{students(point.n)}</small>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

function TrendChart({ series, rounds }: { series: TrendSeries; rounds: Trends["rounds"] }) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + 32 + (rounds.length === 1 ? innerW / 2 : (i / (rounds.length - 1)) * (innerW - 32));
  const y = (score: number) => PAD.top + (1 - score / 100) * innerH;
  const points = series.points.flatMap((p, i) => (p.suppressed ? [] : [{ i, ...p }]));
  const path = points.map((p, j) => `${j === 0 ? "M" : "L"}${x(p.i)},${y(p.mean)}`).join(" ");
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="w-full max-w-3xl text-brand"
      aria-hidden="true"
      role="presentation"
    >
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(v)}
            y2={y(v)}
            stroke="currentColor"
            strokeOpacity={0.15}
          />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="currentColor">
            {v}
          </text>
        </g>
      ))}
      {rounds.map((round, i) => (
        <text
          key={round.id}
          x={x(i)}
          y={HEIGHT - 8}
          textAnchor="middle"
          fontSize={11}
          fill="currentColor"
        >
          {round.name.length > 18 ? `${round.name.slice(0, 17)}…` : round.name}
        </text>
      ))}
      {points.map((p) =>
        p.ciLow !== null && p.ciHigh !== null ? (
          <line
            key={`ci-${p.i}`}
            x1={x(p.i)}
            x2={x(p.i)}
            y1={y(Math.min(100, p.ciHigh))}
            y2={y(Math.max(0, p.ciLow))}
            stroke="currentColor"
            strokeWidth={2}
            strokeOpacity={0.4}
          />
        ) : null,
      )}
      <path d={path} fill="none" stroke="currentColor" strokeWidth={3} />
      {points.map((p) => (
        <circle key={p.i} cx={x(p.i)} cy={y(p.mean)} r={5} fill="currentColor" />
      ))}
    </svg>
  );
}
