import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/features/dashboard";
import { HiddenFigure } from "@/features/dashboard/server";
import type { Suppressible } from "@/features/dashboard";
import type { Belonging, NetworkReport, Participation } from "../domain/network-report";
import { TableHead } from "./table-head";
import type { PairedChange } from "@/features/dashboard";

type Format = (value: number, digits?: number) => string;

function Cell<T>({
  figure,
  children,
}: {
  figure: Suppressible<T> | null;
  children: (shown: T) => React.ReactNode;
}) {
  if (!figure) return null;
  return figure.suppressed ? <HiddenFigure figure={figure} /> : <>{children(figure)}</>;
}

async function Figures({
  participation,
  belonging,
  change,
  format,
}: {
  participation: Suppressible<Participation>;
  belonging: Suppressible<Belonging>;
  change: Suppressible<Pick<PairedChange, "n" | "meanDifference" | "ci">> | null;
  format: Format;
}) {
  const t = await getTranslations("network.table");
  return (
    <>
      <td className="p-2 align-top">
        <Cell figure={participation}>
          {(p) =>
            p.rate === null
              ? t("answers", { n: p.n })
              : t("participation", {
                  n: p.n,
                  expected: p.expected ?? 0,
                  rate: format(p.rate * 100, 0),
                })
          }
        </Cell>
      </td>
      <td className="p-2 align-top">
        <Cell figure={belonging}>
          {(b) =>
            b.mean === null
              ? "–"
              : b.ci
                ? t("meanWithCi", {
                    mean: format(b.mean),
                    low: format(b.ci.low),
                    high: format(b.ci.high),
                  })
                : format(b.mean)
          }
        </Cell>
      </td>
      <td className="p-2 align-top">
        <Cell figure={belonging}>
          {(b) =>
            t("bands", {
              low: format((b.bands[0]?.share ?? 0) * 100, 0),
              mid: format((b.bands[1]?.share ?? 0) * 100, 0),
              high: format((b.bands[2]?.share ?? 0) * 100, 0),
            })
          }
        </Cell>
      </td>
      <td className="p-2 align-top">
        {change ? (
          <Cell figure={change}>
            {(c) =>
              c.meanDifference === null
                ? "–"
                : c.ci
                  ? t("changeWithCi", {
                      change: format(c.meanDifference),
                      low: format(c.ci.low),
                      high: format(c.ci.high),
                      n: c.n,
                    })
                  : t("change", { change: format(c.meanDifference), n: c.n })
            }
          </Cell>
        ) : (
          <span className="text-muted">{t("noFollowUp")}</span>
        )}
      </td>
    </>
  );
}

/** Every member school side by side, and the pooled row under them. */
export async function ReportTable({ report, format }: { report: NetworkReport; format: Format }) {
  const t = await getTranslations("network.table");
  const { pooled } = report;
  const pooledChange = pooled.change
    ? pooled.change.suppressed
      ? pooled.change
      : { ...pooled.change, meanDifference: pooled.change.estimate, suppressed: false as const }
    : null;
  return (
    <TableScroll label={t("caption")}>
      <table className="w-full min-w-[44rem] border-collapse text-left" data-testid="network-table">
        <caption className="sr-only">{t("caption")}</caption>
        <TableHead
          headings={[
            t("school"),
            t("participationHeading"),
            t("belongingHeading"),
            t("bandsHeading"),
            t("changeHeading"),
          ]}
        />
        <tbody>
          {report.schools.map((school) => (
            <tr
              key={school.institutionId}
              className="border-b border-line"
              data-testid="network-school"
            >
              <th scope="row" className="p-2 align-top">
                <span className="font-bold">{school.name}</span>{" "}
                <span className="text-muted">({school.country})</span>
                <span className="block text-sm font-normal text-muted">
                  {school.baselineRound
                    ? [school.baselineRound, school.followUpRound].filter(Boolean).join(" → ")
                    : t("noRound")}
                </span>
              </th>
              <Figures
                participation={school.participation}
                belonging={school.belonging}
                change={school.change}
                format={format}
              />
            </tr>
          ))}
          <tr className="bg-brand-soft" data-testid="network-pooled">
            <th scope="row" className="p-2 align-top">
              {t("pooled", { schools: pooled.schools })}
            </th>
            <Figures
              participation={pooled.participation}
              belonging={pooled.belonging}
              change={pooledChange}
              format={format}
            />
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
