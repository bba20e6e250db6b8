import { getFormatter, getTranslations } from "next-intl/server";
import type { Suppressible } from "../domain/anonymity";
import type { HistogramBin } from "../domain/statistics";
import { HiddenFigure } from "./hidden-figure";

/**
 * The score distribution: columns for the eye (hidden from screen readers, with their counts
 * printed above them) and the same numbers as a table for screen readers.
 */
export async function HistogramChart({
  histogram,
}: {
  histogram: Suppressible<{ n: number; bins: HistogramBin[] }>;
}) {
  const t = await getTranslations("dashboard.distribution");
  const format = await getFormatter();
  if (histogram.suppressed) {
    return (
      <div className="flex flex-col gap-2">
        <h3 className="text-lg font-bold">{t("title")}</h3>
        <HiddenFigure figure={histogram} />
      </div>
    );
  }
  const max = Math.max(1, ...histogram.bins.map((b) => b.count));
  const range = (bin: HistogramBin) =>
    t("range", { from: bin.from, to: bin.to === 100 ? 100 : bin.to - 1 });
  return (
    <figure className="flex flex-col gap-2 break-inside-avoid">
      <figcaption className="text-lg font-bold">{t("title")}</figcaption>
      <p className="text-sm text-muted">{t("intro", { n: histogram.n })}</p>
      <div aria-hidden="true" className="flex h-40 items-end gap-1 border-b-2 border-line">
        {histogram.bins.map((bin) => (
          <div key={bin.from} className="flex h-full flex-1 flex-col justify-end">
            <span className="text-center text-xs text-muted tabular-nums">
              {bin.count > 0 ? format.number(bin.count) : ""}
            </span>
            <span
              className="block rounded-t bg-brand print:border print:border-black"
              style={{ height: `${(bin.count / max) * 100}%` }}
            />
          </div>
        ))}
      </div>
      <div aria-hidden="true" className="flex gap-1 text-center text-xs text-muted">
        {histogram.bins.map((bin) => (
          <span key={bin.from} className="flex-1">
            {bin.from}
          </span>
        ))}
      </div>
      <table className="sr-only">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("scores")}</th>
            <th scope="col">{t("students")}</th>
          </tr>
        </thead>
        <tbody>
          {histogram.bins.map((bin) => (
            <tr key={bin.from}>
              <th scope="row">{range(bin)}</th>
              <td>{format.number(bin.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
