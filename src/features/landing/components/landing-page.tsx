import { useTranslations } from "next-intl";
import { Card, LinkButton } from "@/components/ui";
import type { StorySource } from "@/features/stories";
import { Link } from "@/i18n/navigation";

/**
 * What Belong is, told to a student in plain words, with the three ways in. `storiesOrigin`
 * says whether the stories may be called real students' own (see the stories' describeOrigin).
 */
export function LandingPage({ storiesOrigin }: { storiesOrigin: StorySource }) {
  const t = useTranslations("landing");
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-10 px-4 py-8 sm:py-14">
      <section className="flex flex-col gap-4">
        <p className="font-bold uppercase tracking-wide text-accent">{t("eyebrow")}</p>
        <h1 className="max-w-3xl text-3xl font-bold leading-tight sm:text-5xl">{t("title")}</h1>
        <p className="max-w-2xl text-lg text-muted sm:text-xl">{t("intro")}</p>
        <div className="mt-2 flex flex-col gap-3 sm:flex-row">
          <LinkButton href="/stories" size="lg">
            {t("readStories")}
          </LinkButton>
          <LinkButton href="/pathway" size="lg" variant="secondary">
            {t("helpNextYear")}
          </LinkButton>
        </div>
      </section>

      <section aria-labelledby="how-title" className="flex flex-col gap-4">
        <h2 id="how-title" className="text-2xl font-bold">
          {t("howTitle")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {(["read", "think", "write"] as const).map((step, index) => (
            <li key={step}>
              <Card className="h-full">
                <p aria-hidden="true" className="mb-2 text-3xl font-bold text-brand">
                  {index + 1}
                </p>
                <h3 className="mb-1 text-lg font-bold">{t(`steps.${step}.title`)}</h3>
                <p className="text-muted">
                  {step === "read" ? t(`steps.read.${storiesOrigin}`) : t(`steps.${step}.text`)}
                </p>
              </Card>
            </li>
          ))}
        </ol>
      </section>

      <section className="grid gap-4 sm:grid-cols-2">
        <Card className="flex flex-col items-start gap-3 bg-brand-soft">
          <h2 className="text-xl font-bold">{t("codeTitle")}</h2>
          <p>{t("codeText")}</p>
          <LinkButton href="/join" variant="secondary">
            {t("joinSession")}
          </LinkButton>
        </Card>
        <Card className="flex flex-col items-start gap-3">
          <h2 className="text-xl font-bold">{t("privacyTitle")}</h2>
          <p>{t("privacyText")}</p>
        </Card>
      </section>

      <footer className="border-t border-line pt-6 text-sm text-muted">
        <p>
          {t("staffPrompt")}{" "}
          <Link href="/staff" className="font-bold text-brand">
            {t("staffLink")}
          </Link>
        </p>
      </footer>
    </div>
  );
}
