import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import type { Suppressible } from "../domain/anonymity";
import type { ResponseFigure, ScoreFigure } from "../domain/round-figures";
import { HiddenFigure } from "./hidden-figure";

/** The three numbers a coordinator reads first: responses, the mean score, the bands. */
export async function KeyFigures({
  responses,
  score,
}: {
  responses: Suppressible<ResponseFigure>;
  score: Suppressible<ScoreFigure>;
}) {
  const t = await getTranslations("dashboard.summary");
  const format = await getFormatter();
  const one = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const percent = (share: number) =>
    format.number(share, { style: "percent", maximumFractionDigits: 0 });
  return (
    <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
      <Figure label={t("responses")}>
        {responses.suppressed ? (
          <HiddenFigure figure={responses} />
        ) : (
          <>
            <span className="text-4xl font-bold tabular-nums">
              {format.number(responses.responses)}
            </span>
            <span className="text-muted">
              {responses.rate === null || responses.expected === null
                ? t("noExpected")
                : t("rate", { rate: percent(responses.rate), expected: responses.expected })}
            </span>
          </>
        )}
      </Figure>
      <Figure label={t("mean")}>
        {score.suppressed ? (
          <HiddenFigure figure={score} />
        ) : (
          <>
            <span className="text-4xl font-bold tabular-nums">{one(score.mean)}</span>
            <span className="text-muted">
              {score.ciLow === null || score.ciHigh === null
                ? t("noInterval")
                : t("interval", { low: one(score.ciLow), high: one(score.ciHigh) })}
            </span>
          </>
        )}
      </Figure>
      <Figure label={t("bands")}>
        {score.suppressed ? (
          <HiddenFigure figure={score} />
        ) : (
          <ul className="flex flex-col gap-1">
            {score.bands.map((band) => (
              <li key={band.band} className="flex justify-between gap-4">
                <span>{t(`band.${band.band}`)}</span>
                <span className="font-bold tabular-nums">
                  {band.share === null ? "–" : percent(band.share)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Figure>
    </dl>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card className="flex flex-col gap-1 break-inside-avoid">
      <dt className="font-bold text-muted">{label}</dt>
      <dd className="flex flex-col gap-1">{children}</dd>
    </Card>
  );
}
