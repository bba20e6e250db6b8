import { cx } from "@/components/ui";
import type { StoryView } from "../domain/story-view";

export const sentenceId = (slug: string, index: number) => `${slug}-sentence-${index}`;

const sizes = {
  normal: "text-lg leading-relaxed",
  large: "text-xl leading-relaxed",
  larger: "text-2xl leading-normal",
} as const;

interface StoryTextProps {
  story: Pick<StoryView, "slug" | "sections">;
  size?: keyof typeof sizes;
  /** The sentence being read aloud, highlighted; -1 for none. */
  current?: number;
}

/**
 * The story's paragraphs. The five elements are the story's structure, not headings: each is
 * a plain block, so it reads as one story. Each sentence is a span read-aloud can highlight.
 */
export function StoryText({ story, size = "normal", current = -1 }: StoryTextProps) {
  return (
    <div className={cx("flex max-w-[65ch] flex-col gap-4", sizes[size])}>
      {story.sections.map((section) => (
        <div key={section.element} data-element={section.element} className="flex flex-col gap-4">
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.first}>
              {paragraph.sentences.map((sentence, i) => {
                const index = paragraph.first + i;
                return (
                  <span key={index}>
                    <span
                      id={sentenceId(story.slug, index)}
                      data-reading={index === current ? "true" : undefined}
                      className={cx(
                        "rounded-sm transition-colors",
                        index === current && "bg-brand-soft text-ink outline-2 outline-brand",
                      )}
                    >
                      {sentence}
                    </span>{" "}
                  </span>
                );
              })}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}
