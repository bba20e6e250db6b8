"use client";

import { useMemo, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button, Field, Input, inputClasses } from "@/components/ui";
import { useRouter } from "@/i18n/navigation";
import { localeNames, locales, type Locale } from "@/i18n/locales";
import { saveFromEditor, type EditorResult } from "../../actions/local-stories";
import { checkText } from "../../domain/local-checks";
import type { LocalStoryTextInput } from "../../domain/local-text";
import { STORY_TAGS } from "../../domain/story-terms";
import { ElementFields } from "./element-fields";
import { LocalChecksPanel } from "./local-checks-panel";
import { PhonePreview } from "./phone-preview";
import { ProblemsAlert } from "./problems-alert";

export interface EditorStory {
  id?: string;
  sourceLocale: Locale;
  speakerName: string;
  speakerAge: number;
  programme: string;
  tags: string[];
  nameConsent: boolean;
  properNouns: string[];
  texts: Array<LocalStoryTextInput & { needsUpdate: boolean }>;
}

const emptyText = (locale: string): LocalStoryTextInput => ({
  locale,
  title: "",
  teaser: "",
  transition: "",
  worry: "",
  othersToo: "",
  strategy: "",
  change: "",
});

function withoutFlag({
  locale,
  title,
  teaser,
  transition,
  worry,
  othersToo,
  strategy,
  change,
}: LocalStoryTextInput): LocalStoryTextInput {
  return { locale, title, teaser, transition, worry, othersToo, strategy, change };
}

/** The guided editor: who tells the story, then one text per language, checked as you type. */
/** The words of a comma-separated list as typed ("Aarhus, Netto" -> ["Aarhus", "Netto"]). */
const listedWords = (list: string) =>
  list
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean);

export function LocalStoryEditor({ story, editable }: { story: EditorStory; editable: boolean }) {
  const t = useTranslations("localStories");
  const ts = useTranslations("stories");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [facts, setFacts] = useState({
    speakerName: story.speakerName,
    speakerAge: String(story.speakerAge),
    programme: story.programme,
    tags: story.tags,
    nameConsent: story.nameConsent,
    properNouns: story.properNouns.join(", "),
  });
  const [sourceLocale, setSourceLocale] = useState<Locale>(story.sourceLocale);
  const [texts, setTexts] = useState<Record<string, LocalStoryTextInput>>(() =>
    Object.fromEntries(story.texts.map((text) => [text.locale, withoutFlag(text)])),
  );
  const outdated = new Set(story.texts.filter((x) => x.needsUpdate).map((x) => x.locale));
  const [active, setActive] = useState<Locale>(story.sourceLocale);
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<EditorResult | undefined>();

  const text = texts[active] ?? emptyText(active);
  const checks = useMemo(
    () =>
      checkText(text, {
        speakerName: facts.speakerName,
        speakerAge: Number(facts.speakerAge),
        programme: facts.programme,
        nameConsent: facts.nameConsent,
        properNouns: listedWords(facts.properNouns),
      }),
    [text, facts],
  );

  const edit = (field: keyof LocalStoryTextInput, value: string) => {
    setTexts((all) => ({
      ...all,
      [active]: { ...(all[active] ?? emptyText(active)), [field]: value },
    }));
    setDirty((d) => new Set(d).add(active));
  };

  const save = (submit: boolean) =>
    startTransition(async () => {
      const changed = [...(story.id ? dirty : Object.keys(texts))].filter((l) => texts[l]);
      const answer = await saveFromEditor(
        {
          ...(story.id ? { id: story.id } : {}),
          sourceLocale,
          speakerName: facts.speakerName,
          speakerAge: Number(facts.speakerAge),
          programme: facts.programme,
          tags: facts.tags as never,
          nameConsent: facts.nameConsent,
          properNouns: listedWords(facts.properNouns),
          texts: (changed.length ? changed : [active]).map(
            (l) => texts[l] ?? emptyText(l),
          ) as never,
        },
        submit,
      );
      setResult(answer);
      if (answer.ok) {
        setDirty(new Set());
        if (!story.id || submit)
          router.replace(`/staff/stories/${answer.id}?saved=${submit ? "submitted" : "saved"}`);
        router.refresh();
      }
    });

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_360px]">
      <div className="flex flex-col gap-6">
        <fieldset disabled={!editable} className="flex flex-col gap-4">
          <legend className="mb-2 text-xl font-bold">{t("facts.title")}</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="speakerName" label={t("facts.speakerName")}>
              {(d) => (
                <Input
                  id="speakerName"
                  aria-describedby={d}
                  value={facts.speakerName}
                  onChange={(e) => setFacts({ ...facts, speakerName: e.target.value })}
                />
              )}
            </Field>
            <Field id="speakerAge" label={t("facts.speakerAge")}>
              {(d) => (
                <Input
                  id="speakerAge"
                  type="number"
                  min={15}
                  max={60}
                  aria-describedby={d}
                  value={facts.speakerAge}
                  onChange={(e) => setFacts({ ...facts, speakerAge: e.target.value })}
                />
              )}
            </Field>
            <Field id="programme" label={t("facts.programme")}>
              {(d) => (
                <Input
                  id="programme"
                  aria-describedby={d}
                  value={facts.programme}
                  onChange={(e) => setFacts({ ...facts, programme: e.target.value })}
                />
              )}
            </Field>
          </div>
          <fieldset className="flex flex-wrap gap-3">
            <legend className="font-bold">{t("facts.tags")}</legend>
            {STORY_TAGS.map((tag) => (
              <label key={tag} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={facts.tags.includes(tag)}
                  onChange={(e) =>
                    setFacts({
                      ...facts,
                      tags: e.target.checked
                        ? [...facts.tags, tag]
                        : facts.tags.filter((x) => x !== tag),
                    })
                  }
                />
                {ts(`tags.${tag}`)}
              </label>
            ))}
          </fieldset>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1"
              checked={facts.nameConsent}
              onChange={(e) => setFacts({ ...facts, nameConsent: e.target.checked })}
            />
            <span>
              <span className="font-bold">{t("facts.nameConsent")}</span>
              <span className="block text-sm text-muted">{t("facts.nameRule")}</span>
            </span>
          </label>
          <Field id="properNouns" label={t("facts.properNouns")} hint={t("facts.properNounsHint")}>
            {(d) => (
              <Input
                id="properNouns"
                aria-describedby={d}
                value={facts.properNouns}
                onChange={(e) => setFacts({ ...facts, properNouns: e.target.value })}
              />
            )}
          </Field>
          <Field id="sourceLocale" label={t("facts.sourceLocale")}>
            {(d) => (
              <select
                id="sourceLocale"
                aria-describedby={d}
                className={inputClasses}
                value={sourceLocale}
                disabled={Boolean(story.id)}
                onChange={(e) => setSourceLocale(e.target.value as Locale)}
              >
                {locales.map((l) => (
                  <option key={l} value={l}>
                    {localeNames[l]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <Field id="language" label={t("language")} hint={t("languageHint")}>
          {(d) => (
            <select
              id="language"
              aria-describedby={d}
              className={inputClasses}
              value={active}
              onChange={(e) => setActive(e.target.value as Locale)}
            >
              {locales.map((l) => (
                <option key={l} value={l}>
                  {localeNames[l]}
                  {l === sourceLocale ? ` · ${t("source")}` : texts[l] ? "" : ` · ${t("noText")}`}
                  {outdated.has(l) && !dirty.has(l) ? ` · ${t("needsUpdate")}` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset disabled={!editable} className="flex flex-col gap-5" lang={active}>
          <ElementFields text={text} onChange={edit} />
        </fieldset>
        {editable ? (
          <div className="flex flex-wrap gap-3">
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => save(false)}
            >
              {t("saveDraft")}
            </Button>
            <Button type="button" disabled={pending} onClick={() => save(true)}>
              {t("submit")}
            </Button>
          </div>
        ) : null}
        <ProblemsAlert result={result} />
      </div>
      <aside className="flex flex-col gap-6">
        <LocalChecksPanel checks={checks} />
        <PhonePreview
          text={text}
          speaker={`${facts.speakerName}, ${facts.speakerAge} · ${facts.programme}`}
        />
      </aside>
    </div>
  );
}
