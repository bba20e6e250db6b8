import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";
import { Link } from "@/i18n/navigation";
import { STORY_TAGS, type StoryTag } from "../domain/story-terms";

const chip =
  "inline-flex min-h-11 items-center rounded-full border-2 px-3.5 py-1 text-sm font-bold no-underline sm:text-base";

/**
 * Topic filter as plain links (?tag=...): it works without JavaScript, and the current one is
 * marked with aria-current for screen readers and by its filled look for everyone else.
 */
export function TagFilter({
  active,
  tags = STORY_TAGS,
}: {
  active?: StoryTag;
  tags?: readonly StoryTag[];
}) {
  const t = useTranslations("stories");
  const options: Array<StoryTag | undefined> = [undefined, ...tags];
  return (
    <nav aria-label={t("filterLabel")}>
      <p aria-hidden="true" className="mb-2 font-bold">
        {t("filterLabel")}
      </p>
      {/* One row that scrolls sideways on a phone, so the stories stay near the top. */}
      <ul className="-mx-4 flex gap-2 overflow-x-auto px-4 py-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
        {options.map((tag) => {
          const current = tag === active;
          return (
            <li key={tag ?? "all"} className="shrink-0">
              <Link
                href={tag ? { pathname: "/stories", query: { tag } } : "/stories"}
                scroll={false}
                aria-current={current ? "true" : undefined}
                className={cx(
                  chip,
                  current
                    ? "border-brand bg-brand text-white dark:text-paper"
                    : "border-line bg-surface text-ink hover:border-brand",
                )}
              >
                {tag ? t(`tags.${tag}`) : t("allTags")}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
