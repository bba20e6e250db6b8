"use client";

import { useTranslations } from "next-intl";
import {
  elementParagraphs,
  STORY_ELEMENTS,
  type LocalStoryTextInput,
} from "../../domain/local-text";

/** The story as a student sees it on a phone (a 360 px wide frame). */
export function PhonePreview({ text, speaker }: { text: LocalStoryTextInput; speaker: string }) {
  const t = useTranslations("localStories");
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-2">
      <h2 id="preview-heading" className="text-lg font-bold">
        {t("preview")}
      </h2>
      <div
        lang={text.locale}
        data-testid="phone-preview"
        // Scrolls on its own: reachable by keyboard.
        tabIndex={0}
        className="h-[560px] w-[360px] max-w-full overflow-y-auto rounded-[2rem] border-8 border-ink bg-surface p-4"
      >
        <h3 className="text-xl font-bold leading-snug">{text.title || "…"}</h3>
        <p className="text-sm text-muted">{speaker}</p>
        <p className="mt-2 italic">{text.teaser}</p>
        {STORY_ELEMENTS.flatMap((element) =>
          elementParagraphs(text, element).map((paragraph, i) => (
            <p key={`${element}-${i}`} className="mt-3 leading-relaxed">
              {paragraph}
            </p>
          )),
        )}
      </div>
    </section>
  );
}
