import { getTranslations } from "next-intl/server";
import type { Suppressed } from "../domain/anonymity";

/** What a suppressed figure shows instead of a number: the threshold, never a count. */
export async function HiddenFigure({ figure }: { figure: Suppressed }) {
  const t = await getTranslations("dashboard.hidden");
  return (
    <span className="text-muted italic">
      {figure.reason === "fewer-than-k" ? t("fewer", { k: figure.k }) : t("protects")}
    </span>
  );
}
