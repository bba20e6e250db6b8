import type { ReactNode } from "react";
import type { Suppressed } from "../domain/anonymity";
import { HiddenFigure } from "./hidden-figure";
import { TableScroll } from "./table-scroll";

export interface BarRow {
  key: string;
  label: ReactNode;
  /** 0-1: the bar's length. */
  share: number;
  /** The value as read out and printed, e.g. "62 %". */
  value: ReactNode;
  /** A note under the value, e.g. "of 48". */
  detail?: ReactNode;
}

/**
 * A horizontal bar chart that is a real table: each row's label and value are table cells
 * (read by screen readers, printed, copied), the bar is drawn inside the label cell and hidden
 * from assistive technology.
 */
export function BarTable({
  caption,
  labelHeader,
  valueHeader,
  rows,
  hidden,
}: {
  caption: string;
  labelHeader: ReactNode;
  valueHeader: ReactNode;
  rows: BarRow[];
  /** The whole chart is suppressed. */
  hidden?: Suppressed;
}) {
  return (
    <TableScroll label={caption}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {hidden ? (
            <tr>
              <td colSpan={2} className="py-2">
                <HiddenFigure figure={hidden} />
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key} className="border-t border-line align-top">
                <th scope="row" className="w-3/4 py-2 pr-4 font-normal">
                  <span className="block">{row.label}</span>
                  <span aria-hidden="true" className="mt-1 block h-3 rounded-full bg-brand-soft">
                    <span
                      className="block h-3 rounded-full bg-brand print:border print:border-black"
                      style={{ width: `${Math.max(0, Math.min(1, row.share)) * 100}%` }}
                    />
                  </span>
                </th>
                <td className="py-2 text-right font-bold whitespace-nowrap tabular-nums">
                  {row.value}
                  {row.detail ? (
                    <span className="block text-sm font-normal text-muted">{row.detail}</span>
                  ) : null}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
