import { getTranslations } from "next-intl/server";
import type { LabelledFigure } from "../server/round-data";
import { HiddenFigure } from "./hidden-figure";

const ANSWER_LIST =
  "grid grid-cols-1 gap-3 break-words md:grid-cols-2 [&>li]:rounded-xl [&>li]:border " +
  "[&>li]:border-line [&>li]:bg-surface [&>li]:px-4 [&>li]:py-3 [&>li]:break-inside-avoid";

/** What students wrote to the open question: shown only for 10 or more, in random order. */
export async function FreeTextSection({ texts }: { texts: LabelledFigure<{ texts: string[] }>[] }) {
  const t = await getTranslations("dashboard.freeText");
  return (
    <div className="flex flex-col gap-6">
      {texts.map((item) => (
        <div key={item.key} className="flex flex-col gap-2">
          <h3 className="text-lg font-bold">{item.label}</h3>
          {item.figure.suppressed ? (
            <p>
              <HiddenFigure figure={item.figure} />
            </p>
          ) : (
            <>
              <p className="text-sm text-muted">{t("note")}</p>
              {/* The answers' style is set once on the list, not on each of its answers. */}
              <ul className={ANSWER_LIST}>
                {item.figure.texts.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </div>
  );
}
