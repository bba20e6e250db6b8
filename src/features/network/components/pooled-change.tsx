import { getTranslations } from "next-intl/server";
import { HiddenFigure } from "@/features/dashboard/server";
import type { Suppressible } from "@/features/dashboard";
import type { PooledChange } from "../domain/network-report";

/** The pooled change in words: the estimate, its interval and how much the schools differ. */
export async function PooledChangeText({
  change,
  format,
}: {
  change: Suppressible<PooledChange> | null;
  format: (value: number, digits?: number) => string;
}) {
  const t = await getTranslations("network.pooledChange");
  if (!change) return <p>{t("none")}</p>;
  if (change.suppressed) {
    return (
      <p>
        <HiddenFigure figure={change} />
      </p>
    );
  }
  const direction = change.ci.low > 0 ? "rose" : change.ci.high < 0 ? "fell" : "unclear";
  return (
    <div className="flex max-w-3xl flex-col gap-2" data-testid="pooled-change">
      <p className="text-lg font-bold">
        {t("estimate", {
          change: format(change.estimate),
          low: format(change.ci.low),
          high: format(change.ci.high),
          schools: change.k,
          n: change.n,
        })}
      </p>
      <p>{t(`direction.${direction}`)}</p>
      <p>
        {change.i2 === null
          ? t("oneSchool")
          : t("heterogeneity", {
              tau2: format(change.tau2),
              tau: format(Math.sqrt(change.tau2)),
              i2: format(change.i2 * 100, 0),
            })}{" "}
        {change.heterogeneity ? t(`level.${change.heterogeneity}`) : null}
      </p>
      <p className="text-sm text-muted">{t("method")}</p>
    </div>
  );
}
