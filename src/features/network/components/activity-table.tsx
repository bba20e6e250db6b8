import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/features/dashboard";
import { HiddenFigure } from "@/features/dashboard/server";
import type { Suppressible } from "@/features/dashboard";
import { TableHead } from "./table-head";
import type { NetworkReport } from "../domain/network-report";
import { FUNNEL_STAGES, type ActivityFigures } from "../domain/school-activity";

type Format = (value: number, digits?: number) => string;
/** How many of the barriers are listed per school: the ones that weigh most. */
const TOP_BARRIERS = 3;

function Count({ figure }: { figure: Suppressible<{ n: number }> }) {
  return figure.suppressed ? <HiddenFigure figure={figure} /> : <>{figure.n}</>;
}

async function ActivityCells({
  activity,
  labels,
  format,
}: {
  activity: ActivityFigures;
  labels: ReadonlyMap<string, string>;
  format: Format;
}) {
  const t = await getTranslations("network.activity");
  const { barriers, funnel, sessions } = activity;
  return (
    <>
      <td className="p-2 align-top">
        {barriers.suppressed ? (
          <HiddenFigure figure={barriers} />
        ) : barriers.n === 0 ? (
          <span className="text-muted">{t("noBarriers")}</span>
        ) : (
          <ol className="flex flex-col gap-0.5">
            {barriers.options.slice(0, TOP_BARRIERS).map((o) => (
              <li key={o.key}>
                {t("barrier", {
                  label: labels.get(o.key) ?? o.key,
                  share: format(o.share * 100, 0),
                })}
              </li>
            ))}
          </ol>
        )}
      </td>
      <td className="p-2 align-top">
        <dl className="grid grid-cols-[auto_auto] gap-x-2">
          {FUNNEL_STAGES.map((stage) => (
            <div key={stage} className="contents">
              <dt>{t(`stages.${stage}`)}</dt>
              <dd>
                <Count figure={funnel[stage]} />
              </dd>
            </div>
          ))}
        </dl>
      </td>
      <td className="p-2 align-top">
        <p>{t("held", { n: sessions.held })}</p>
        <p>
          {t("joined")} <Count figure={sessions.joined} />
        </p>
      </td>
    </>
  );
}

/** Barriers, the Digital Pathway funnel and classroom sessions, per school and pooled. */
export async function ActivityTable({
  report,
  barriers,
  format,
}: {
  report: NetworkReport;
  barriers: readonly { key: string; label: string }[];
  format: Format;
}) {
  const t = await getTranslations("network.activity");
  const labels = new Map(barriers.map((b) => [b.key, b.label]));
  return (
    <TableScroll label={t("caption")}>
      <table
        className="w-full min-w-[44rem] border-collapse text-left"
        data-testid="network-activity"
      >
        <caption className="sr-only">{t("caption")}</caption>
        <TableHead
          headings={[t("school"), t("barriersHeading"), t("funnelHeading"), t("sessionsHeading")]}
        />
        <tbody>
          {report.schools.map((school) => (
            <tr key={school.institutionId} className="border-b border-line">
              <th scope="row" className="p-2 align-top">
                <span className="font-bold">{school.name}</span>{" "}
                <span className="text-muted">({school.country})</span>
              </th>
              <ActivityCells activity={school.activity} labels={labels} format={format} />
            </tr>
          ))}
          <tr className="bg-brand-soft">
            <th scope="row" className="p-2 align-top">
              {t("pooled")}
            </th>
            <ActivityCells activity={report.pooled.activity} labels={labels} format={format} />
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
