import { useTranslations } from "next-intl";
import { Card, cx } from "@/components/ui";
import { telHref, type HelplineView, type HelpView } from "../domain/help-view";

function Helpline({ line }: { line: HelplineView }) {
  const t = useTranslations("pathway.help");
  return (
    <li className="flex flex-col gap-1 border-t border-line pt-3 first:border-t-0 first:pt-0">
      <p className="font-bold">{line.name}</p>
      <p>{line.description ?? t(`kinds.${line.kind}`)}</p>
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        {line.phones.map((phone) => (
          <a key={phone} href={telHref(phone)} className="font-bold text-brand">
            {t("call", { number: phone })}
          </a>
        ))}
        {line.url ? (
          <a href={line.url} className="font-bold text-brand" rel="noopener noreferrer">
            {t("website", { name: line.name })}
          </a>
        ) : null}
        <span className="text-muted">
          {line.hours === null ? t("openAlways") : t("hours", { hours: line.hours })}
        </span>
      </p>
    </li>
  );
}

/**
 * Who to talk to: the school's own contacts when the student came from a school, then the
 * helplines of the country (or, in English, of every country, each folded under its name).
 */
export function HelpPanel({
  help,
  title,
  className,
}: {
  help: HelpView;
  title: string;
  className?: string;
}) {
  const t = useTranslations("pathway.help");
  return (
    <section aria-labelledby="help-title" className={cx("flex flex-col gap-4", className)}>
      <h2 id="help-title" className="text-2xl font-bold">
        {title}
      </h2>
      <Card tone="soft" className="flex flex-col gap-2">
        {help.school ? (
          <>
            <h3 className="text-lg font-bold">{t("school", { school: help.school.name })}</h3>
            <p className="whitespace-pre-line">{help.school.contacts || t("schoolGeneric")}</p>
          </>
        ) : (
          <p>{t("schoolGeneric")}</p>
        )}
      </Card>
      {help.countries.length === 1 ? (
        <Card className="flex flex-col gap-3">
          <h3 className="text-lg font-bold">
            {t("helplinesIn", { country: help.countries[0]!.name })}
          </h3>
          <ul className="flex flex-col gap-3">
            {help.countries[0]!.helplines.map((line) => (
              <Helpline key={line.name} line={line} />
            ))}
          </ul>
        </Card>
      ) : (
        <div className="flex flex-col gap-2">
          <h3 className="text-lg font-bold">{t("helplines")}</h3>
          {help.countries.map(({ country, name, helplines }) => (
            <details key={country} className="rounded-2xl border border-line bg-surface">
              <summary className="flex min-h-11 cursor-pointer items-center px-4 font-bold">
                {t("helplinesIn", { country: name })}
              </summary>
              <ul className="flex flex-col gap-3 px-4 pb-4">
                {helplines.map((line) => (
                  <Helpline key={line.name} line={line} />
                ))}
              </ul>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
