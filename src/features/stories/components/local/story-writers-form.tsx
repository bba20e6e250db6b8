import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui";
import { saveStoryWriters } from "../../actions/story-writers";
import type { StoryWriterOption } from "../../server/local/story-writers";

/**
 * Coordinators choose which teachers may write the school's stories (a colleague with the role
 * still reviews each one). A plain form, so it works before the page's script has loaded.
 */
export async function StoryWritersForm({
  writers,
  saved,
}: {
  writers: StoryWriterOption[];
  saved: boolean;
}) {
  const t = await getTranslations("localStories.writers");
  return (
    <section aria-labelledby="story-writers" className="flex flex-col gap-3">
      <h2 id="story-writers" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="text-muted">{t("intro")}</p>
      {saved ? (
        <p role="status" className="rounded-xl bg-brand-soft px-4 py-3 font-bold">
          {t("saved")}
        </p>
      ) : null}
      {writers.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <form action={saveStoryWriters} className="flex flex-col gap-3">
          <fieldset className="flex flex-col gap-1">
            <legend className="sr-only">{t("title")}</legend>
            {writers.map((writer) => (
              <label key={writer.membershipId} className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="writers"
                  value={writer.membershipId}
                  defaultChecked={writer.allowed}
                  className="size-5 shrink-0 accent-brand"
                />
                <span className="break-words">{writer.name}</span>
              </label>
            ))}
          </fieldset>
          <Button type="submit" variant="secondary" className="self-start">
            {t("save")}
          </Button>
        </form>
      )}
    </section>
  );
}
