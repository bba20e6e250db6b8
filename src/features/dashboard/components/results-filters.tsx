import { getFormatter, getTranslations } from "next-intl/server";
import { Button, inputClasses } from "@/components/ui";
import { roundKinds } from "@/features/survey";
import type { ResultsSearch } from "../schemas";
import type { ResultFilters } from "../server/list-result-filters";
import { SelectOptions } from "./select-options";

// min-w-0: a select is otherwise as wide as its longest option, wider than a phone.
const select = `${inputClasses} min-h-11 min-w-0`;

/**
 * The results filters as a plain GET form: it works without JavaScript, and the URL of a view
 * can be bookmarked or shared with a colleague (it holds ids, never a figure).
 */
export async function ResultsFilters({
  filters,
  search,
  roundId,
  timeZone,
}: {
  filters: ResultFilters;
  search: ResultsSearch;
  roundId: string | undefined;
  /** The institution's, so a round opening at 00:30 in Tallinn is not shown a day early. */
  timeZone: string;
}) {
  const t = await getTranslations("dashboard.filters");
  const format = await getFormatter();
  const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : "");
  const programmes = [...new Set(filters.groups.map((g) => g.programme))].filter(Boolean);
  return (
    <form
      method="get"
      className="grid grid-cols-1 gap-x-4 gap-y-3 rounded-2xl border border-line bg-surface p-4 md:grid-cols-4 print:hidden"
      aria-label={t("label")}
    >
      <div className="flex flex-col gap-1 md:col-span-2">
        <label htmlFor="results-round" className="font-bold">
          {t("round")}
        </label>
        <select id="results-round" name="round" defaultValue={roundId ?? ""} className={select}>
          {filters.rounds.length === 0 ? <option value="">{t("noRounds")}</option> : null}
          <SelectOptions
            options={filters.rounds.map((round) => [
              round.id,
              t("roundOption", {
                name: round.name,
                date: format.dateTime(round.opensAt, { dateStyle: "medium", timeZone }),
              }),
            ])}
          />
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="results-programme" className="font-bold">
          {t("programme")}
        </label>
        <select
          id="results-programme"
          name="programme"
          defaultValue={search.programme ?? ""}
          className={select}
        >
          <option value="">{t("allProgrammes")}</option>
          <SelectOptions options={programmes.map((programme) => [programme, programme])} />
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="results-group" className="font-bold">
          {t("group")}
        </label>
        <select
          id="results-group"
          name="group"
          defaultValue={search.group ?? ""}
          className={select}
        >
          <option value="">{t("allGroups")}</option>
          <SelectOptions
            options={filters.groups.map((group) => [
              group.id,
              group.archived ? t("archived", { name: group.name }) : group.name,
            ])}
          />
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="results-kind" className="font-bold">
          {t("kind")}
        </label>
        <select id="results-kind" name="kind" defaultValue={search.kind ?? ""} className={select}>
          <option value="">{t("allKinds")}</option>
          {roundKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="results-from" className="font-bold">
          {t("from")}
        </label>
        <input
          type="date"
          id="results-from"
          name="from"
          defaultValue={day(search.from)}
          className={select}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="results-to" className="font-bold">
          {t("to")}
        </label>
        <input
          type="date"
          id="results-to"
          name="to"
          defaultValue={day(search.to)}
          className={select}
        />
      </div>
      <div className="flex items-end">
        <Button type="submit">{t("show")}</Button>
      </div>
    </form>
  );
}
