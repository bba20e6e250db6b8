import { getFormatter, getTranslations } from "next-intl/server";
import type { ChoiceFigure, LabelledFigure } from "../server/round-data";
import type { FavourableFigure } from "../domain/round-figures";
import { BarTable } from "./bar-table";
import { HiddenFigure } from "./hidden-figure";

/** % favourable per item and which barriers weigh most, as bar charts that are tables. */
export async function AnswersSection({
  items,
  choices,
}: {
  items: LabelledFigure<FavourableFigure>[];
  choices: LabelledFigure<ChoiceFigure>[];
}) {
  const t = await getTranslations("dashboard.answers");
  const format = await getFormatter();
  const percent = (share: number) =>
    format.number(share, { style: "percent", maximumFractionDigits: 0 });
  const allHidden = items.every((i) => i.figure.suppressed);
  const firstHidden = items.find((i) => i.figure.suppressed)?.figure;
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
      <div className="flex flex-col gap-2">
        <BarTable
          caption={t("favourableTitle")}
          labelHeader={t("item")}
          valueHeader={t("favourable")}
          hidden={allHidden && firstHidden?.suppressed ? firstHidden : undefined}
          rows={items.map((item) =>
            item.figure.suppressed
              ? {
                  key: item.key,
                  label: item.label,
                  share: 0,
                  value: <HiddenFigure figure={item.figure} />,
                }
              : {
                  key: item.key,
                  label: item.label,
                  share: item.figure.share,
                  value: percent(item.figure.share),
                  detail: t("ofAnswered", { n: item.figure.n }),
                },
          )}
        />
        <p className="text-sm text-muted">{t("favourableNote")}</p>
      </div>
      {choices.map((choice) => (
        <div key={choice.key} className="flex flex-col gap-2">
          <BarTable
            caption={t("choiceTitle", { question: choice.label })}
            labelHeader={t("option")}
            valueHeader={t("chosenBy")}
            hidden={choice.figure.suppressed ? choice.figure : undefined}
            rows={
              choice.figure.suppressed
                ? []
                : choice.figure.options.map((option) => ({
                    key: option.key,
                    label: option.label,
                    share: option.share,
                    value: percent(option.share),
                    detail: t("students", { count: option.count }),
                  }))
            }
          />
          {choice.figure.suppressed ? null : (
            <p className="text-sm text-muted">{t("choiceNote", { n: choice.figure.n })}</p>
          )}
        </div>
      ))}
    </div>
  );
}
