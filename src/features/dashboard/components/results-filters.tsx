import { getFormatter, getTranslations } from "next-intl/server";
import { Button, inputClasses } from "@/components/ui";
import { roundKinds, type ResultsSearch } from "../schemas";
import type { ResultFilters } from "../server/list-result-filters";

const select = `${inputClasses} min-h-11`;

/**
 * The results filters as a plain GET form: it works without JavaScript, and the URL of a view
 * can be bookmarked or shared with a colleague (it holds ids, never a figure).
 */
export async function ResultsFilters({
  filters,
  search,
  roundId,
}: {
  filters: ResultFilters;
  search: ResultsSearch;
  roundId: string | undefined;
}) {
  const t = await getTranslations("dashboard.filters");
  const format = await getFormatter();
  const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : "");
  const programmes = [...new Set(filters.groups.map((g) => g.programme))].filter(Boolean);
  return (
    <form
      method="get"
      className="grid gap-4 rounded-2xl border border-line bg-surface p-4 md:grid-cols-3 xl:grid-cols-6 print:hidden"
      aria-label={t("label")}
    >
      <label className="flex flex-col gap-1 font-bold">
        {t("kind")}
        <select name="kind" defaultValue={search.kind ?? ""} className={select}>
          <option value="">{t("allKinds")}</option>
          {roundKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 font-bold">
        {t("from")}
        <input type="date" name="from" defaultValue={day(search.from)} className={select} />
      </label>
      <label className="flex flex-col gap-1 font-bold">
        {t("to")}
        <input type="date" name="to" defaultValue={day(search.to)} className={select} />
      </label>
      <label className="flex flex-col gap-1 font-bold">
        {t("round")}
        <select name="round" defaultValue={roundId ?? ""} className={select}>
          {filters.rounds.length === 0 ? <option value="">{t("noRounds")}</option> : null}
          {filters.rounds.map((round) => (
            <option key={round.id} value={round.id}>
              {t("roundOption", {
                name: round.name,
                date: format.dateTime(round.opensAt, { dateStyle: "medium" }),
              })}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 font-bold">
        {t("programme")}
        <select name="programme" defaultValue={search.programme ?? ""} className={select}>
          <option value="">{t("allProgrammes")}</option>
          {programmes.map((programme) => (
            <option key={programme} value={programme}>
              {programme}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 font-bold">
        {t("group")}
        <select name="group" defaultValue={search.group ?? ""} className={select}>
          <option value="">{t("allGroups")}</option>
          {filters.groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.archived ? t("archived", { name: group.name }) : group.name}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end md:col-span-3 xl:col-span-6">
        <Button type="submit">{t("show")}</Button>
      </div>
    </form>
  );
}
