import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui";
import type { PrivacySchool } from "../schemas";
import { ForgetDevice } from "./forget-device";

const STORED = ["device", "answers", "reflections", "progress", "advice"] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The student privacy notice: what is stored and why, who sees what, how long it is kept,
 * whom to ask, the student's rights, and "forget this device". `schools` are the schools
 * known from the survey link or this device (empty: the page says to ask the school).
 */
export function PrivacyPage({ schools }: { schools: PrivacySchool[] }) {
  const t = useTranslations("privacy");
  const only = schools.length === 1 ? schools[0] : undefined;
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-10 px-4 py-8 sm:py-12">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>

      <Section id="stored" title={t("stored.title")}>
        <ul className="flex flex-col gap-3">
          {STORED.map((item) => (
            <li key={item}>
              <Card className="flex flex-col gap-1">
                <h3 className="text-lg font-bold">{t(`stored.${item}.title`)}</h3>
                <p>{t(`stored.${item}.text`)}</p>
              </Card>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="who" title={t("who.title")}>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>{t("who.teachers")}</li>
          <li>{only ? t("who.figures", { k: only.minGroupSize }) : t("who.figuresUnknown")}</li>
          <li>{t("who.reflections")}</li>
          <li>{t("who.worry")}</li>
          <li>{t("who.advice")}</li>
        </ul>
      </Section>

      <Section id="keep" title={t("keep.title")}>
        <p>{t("keep.school")}</p>
        <p>{t("keep.cookie")}</p>
        <p>{t("keep.advice")}</p>
      </Section>

      <Section id="contact" title={t("contact.title")}>
        {schools.length === 0 ? <p>{t("contact.unknown")}</p> : null}
        {schools.map((school) =>
          school.dataProtectionContact ? (
            <div key={school.name} className="flex flex-col gap-1">
              <p className="font-bold">{t("contact.known", { school: school.name })}</p>
              <p className="whitespace-pre-line break-words">{school.dataProtectionContact}</p>
            </div>
          ) : (
            <p key={school.name}>{t("contact.missing", { school: school.name })}</p>
          ),
        )}
      </Section>

      <Section id="rights" title={t("rights.title")}>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>{t("rights.access")}</li>
          <li>{t("rights.erase")}</li>
          <li>{t("rights.complain")}</li>
        </ul>
      </Section>

      <Section id="forget" title={t("forget.title")}>
        <p>{t("forget.text")}</p>
        <p>{t("forget.stays")}</p>
        <ForgetDevice />
      </Section>
    </article>
  );
}
