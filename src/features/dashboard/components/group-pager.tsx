import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { GroupPage } from "../domain/group-pages";

type Search = Record<string, string | string[] | undefined>;

/**
 * Which groups the table shows, and links to the pages before and after (a plain link each,
 * so it works without JavaScript and keeps the round, scope and period chosen).
 */
export async function GroupPager({
  page,
  search,
  id,
}: {
  page: Pick<GroupPage<unknown>, "page" | "pages" | "first" | "last" | "groups">;
  search: Search;
  /** The id of the table it pages, for aria-controls. */
  id: string;
}) {
  if (page.pages <= 1) return null;
  const t = await getTranslations("dashboard.groupPages");
  const format = await getFormatter();
  const href = (to: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(search)) {
      const one = Array.isArray(value) ? value[0] : value;
      if (one !== undefined && key !== "groupPage") query.set(key, one);
    }
    query.set("groupPage", String(to));
    return `/staff/results?${query.toString()}#groups`;
  };
  const link = "rounded-lg border-2 border-brand px-3 py-1 font-bold text-brand underline";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-3 print:hidden">
      <p aria-live="polite" className="text-muted">
        {t("showing", {
          first: format.number(page.first),
          last: format.number(page.last),
          groups: format.number(page.groups),
        })}
      </p>
      <ul className="flex flex-wrap gap-2">
        {page.page > 1 ? (
          <li>
            <Link href={href(page.page - 1)} className={link} aria-controls={id}>
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {page.page < page.pages ? (
          <li>
            <Link href={href(page.page + 1)} className={link} aria-controls={id}>
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="text-sm text-muted">{t("page", { page: page.page, pages: page.pages })}</p>
    </nav>
  );
}
