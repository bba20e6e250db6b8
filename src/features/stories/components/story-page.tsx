import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StoryView } from "../domain/story-view";
import { PathwayInvitation } from "./story-library";
import { StoryReader } from "./story-reader";

/** One story on its own page, with the way back to the library and on to the pathway. */
export function StoryPage({ story }: { story: StoryView }) {
  const t = useTranslations("stories");
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8 px-4 py-6 sm:py-10">
      <Link href="/stories" className="self-start font-bold text-brand">
        <span aria-hidden="true">← </span>
        {t("backToLibrary")}
      </Link>
      <StoryReader story={story} />
      <PathwayInvitation />
    </div>
  );
}
