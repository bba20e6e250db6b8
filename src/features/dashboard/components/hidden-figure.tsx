import { useTranslations } from "next-intl";
import type { Suppressed } from "../domain/anonymity";

/**
 * What a suppressed figure shows instead of a number: the reason and threshold, never a count.
 * Not async: a table of many hidden cells would otherwise stream each one as a chunk of its own.
 */
export function HiddenFigure({ figure }: { figure: Suppressed }) {
  const t = useTranslations("dashboard.hidden");
  return <span className="text-muted italic">{hiddenText(figure, t)}</span>;
}

function hiddenText(
  figure: Suppressed,
  t: ReturnType<typeof useTranslations<"dashboard.hidden">>,
): string {
  switch (figure.reason) {
    case "fewer-than-k":
      return t("fewer", { k: figure.k });
    case "padding":
      return t("padding");
    case "size-unknown":
      return t("sizeUnknown");
    case "round-open":
      return t("roundOpen");
    case "small-window":
      return t("smallWindow", { k: figure.k });
    default:
      return t("protects");
  }
}
