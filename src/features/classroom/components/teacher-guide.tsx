import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { PageHeading, StaffPage } from "@/features/access";
import { requireStaff } from "@/features/access/server";
import { parseNotes } from "../domain/notes-markdown";
import { loadSessionScript } from "../server/load-script";
import { NotesBlocks } from "./notes-blocks";

const QUICK_START = ["s1", "s2", "s3", "s4", "s5"] as const;

/**
 * /{locale}/staff/classroom/guide: the printable teacher guide, from the same script the
 * projector shows. The quick start fits one page; each step starts a page when printed.
 */
export async function TeacherGuide({ locale }: { locale: string }) {
  await requireStaff(locale, "classroom:run", `/${locale}/staff/classroom/guide`);
  const t = await getTranslations("classroom.guide");
  const script = loadSessionScript(locale);
  return (
    <StaffPage>
      <PageHeading
        title={`${t("title")}: ${script.title}`}
        intro={t("total", { minutes: script.totalMinutes })}
        action={<PrintButton label={t("print")} />}
      />
      <section aria-labelledby="quick-start" className="flex flex-col gap-3">
        <h2 id="quick-start" className="text-2xl font-bold">
          {t("quickStartTitle")}
        </h2>
        <ol className="flex list-decimal flex-col gap-2 pl-6 text-lg">
          {QUICK_START.map((key) => (
            <li key={key}>{t(`quickStart.${key}`)}</li>
          ))}
        </ol>
        <ol className="mt-2 grid gap-2 sm:grid-cols-5" aria-label={t("stepsTitle")}>
          {script.steps.map((step, i) => (
            <li key={step.key} className="rounded-xl border-2 border-line p-3">
              <span className="font-bold">
                {t("stepHeading", { number: i + 1, heading: step.projector.heading })}
              </span>
              <br />
              <span className="text-sm text-muted">{t("minutes", { minutes: step.minutes })}</span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="step-by-step" className="flex flex-col gap-8">
        <h2 id="step-by-step" className="text-2xl font-bold print:break-before-page">
          {t("stepsTitle")}
        </h2>
        {script.steps.map((step, i) => (
          <article
            key={step.key}
            aria-labelledby={`step-${step.key}`}
            className="flex flex-col gap-3 print:break-inside-avoid-page [&:not(:first-of-type)]:print:break-before-page"
          >
            <h3 id={`step-${step.key}`} className="text-xl font-bold">
              {t("stepHeading", { number: i + 1, heading: step.projector.heading })} ·{" "}
              {t("minutes", { minutes: step.minutes })}
            </h3>
            <div className="rounded-xl bg-surface p-4 print:border print:border-black">
              <h4 className="text-sm font-bold uppercase tracking-wide text-muted">
                {t("projectorShows")}
              </h4>
              {step.projector.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
            <NotesBlocks blocks={parseNotes(step.notes)} />
          </article>
        ))}
      </section>
    </StaffPage>
  );
}
