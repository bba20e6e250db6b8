import { useTranslations } from "next-intl";
import { cx } from "@/components/ui";

export interface WallAdvice {
  id: string;
  text: string;
}

/**
 * Approved advice from this school, in type a class can read from the back: on the projector
 * during the debrief, and on the wall page.
 */
export function AdviceWall({
  advice,
  headingLevel = 1,
  className,
}: {
  advice: WallAdvice[];
  headingLevel?: 1 | 2;
  className?: string;
}) {
  const t = useTranslations("classroom.wall");
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section className={cx("flex flex-col gap-8", className)} aria-labelledby="advice-wall">
      <div className="flex flex-col gap-2">
        <Heading id="advice-wall" className="text-5xl font-bold leading-tight lg:text-7xl">
          {t("title")}
        </Heading>
        <p className="text-2xl text-muted lg:text-4xl">{t("intro")}</p>
      </div>
      {advice.length === 0 ? (
        <p className="text-2xl lg:text-4xl">{t("empty")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
          {advice.map((item) => (
            <li
              key={item.id}
              className="whitespace-pre-line rounded-3xl bg-surface p-6 text-2xl leading-snug shadow-sm lg:text-4xl"
            >
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
