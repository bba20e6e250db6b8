import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/features/dashboard";
import { HiddenFigure } from "@/features/dashboard/server";
import type { Interval, Suppressible } from "@/features/dashboard";
import type { NetworkReport } from "../domain/network-report";
import { ARMS } from "../domain/study-arms";
import { TableHead } from "./table-head";

type Format = (value: number, digits?: number) => string;
type Estimate = { n: number; value: number | null; ci: Interval | null };

async function EstimateCell({
  figure,
  format,
  none,
}: {
  figure: Suppressible<Estimate> | null;
  format: Format;
  none: string;
}) {
  const t = await getTranslations("network.arms");
  if (!figure) return <td className="p-2 align-top text-muted">{none}</td>;
  if (figure.suppressed) {
    return (
      <td className="p-2 align-top">
        <HiddenFigure figure={figure} />
      </td>
    );
  }
  const { n, value, ci } = figure;
  return (
    <td className="p-2 align-top">
      {value === null
        ? "–"
        : ci
          ? t("withCi", { value: format(value), low: format(ci.low), high: format(ci.high), n })
          : t("plain", { value: format(value), n })}
    </td>
  );
}

const asEstimate = <T extends { n: number; ci: Interval | null }>(
  figure: Suppressible<T> | null,
  value: (shown: T) => number | null,
): Suppressible<Estimate> | null =>
  !figure || figure.suppressed
    ? figure
    : { suppressed: false, n: figure.n, value: value(figure), ci: figure.ci };

/** Intervention against comparison groups: each arm's mean and change, per school and pooled. */
export async function ArmsTable({ report, format }: { report: NetworkReport; format: Format }) {
  const t = await getTranslations("network.arms");
  const rows = [
    ...report.schools.map((s) => ({
      key: s.institutionId,
      name: `${s.name} (${s.country})`,
      cells: ARMS.flatMap((arm) => [
        asEstimate(s.arms[arm].belonging, (b) => b.mean),
        asEstimate(s.arms[arm].change, (c) => c.meanDifference),
      ]),
    })),
    {
      key: "pooled",
      name: t("pooled"),
      cells: ARMS.flatMap((arm) => [
        asEstimate(report.pooled.arms[arm].belonging, (b) => b.mean),
        asEstimate(report.pooled.arms[arm].change, (c) => c.estimate),
      ]),
    },
  ];
  return (
    <TableScroll label={t("caption")}>
      <table className="w-full min-w-[44rem] border-collapse text-left" data-testid="network-arms">
        <caption className="sr-only">{t("caption")}</caption>
        <TableHead
          headings={[
            t("school"),
            t("meanHeading", { arm: t("INTERVENTION") }),
            t("changeHeading", { arm: t("INTERVENTION") }),
            t("meanHeading", { arm: t("COMPARISON") }),
            t("changeHeading", { arm: t("COMPARISON") }),
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={row.key === "pooled" ? "bg-brand-soft" : "border-b border-line"}
            >
              <th scope="row" className="p-2 align-top">
                {row.name}
              </th>
              {row.cells.map((cell, i) => (
                <EstimateCell key={i} figure={cell} format={format} none={t("noFollowUp")} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
