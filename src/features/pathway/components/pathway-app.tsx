"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { describeOrigin, type StoryView } from "@/features/stories";
import { preloadDictationField } from "@/components/ui/lazy-dictation-field";
import type { Locale } from "@/i18n/locales";
import type { HelpView } from "../domain/help-view";
import { initialPathwayState, pathwayProgress } from "../domain/pathway-state";
import { newSubmissionId } from "@/lib/submission-id";
import { StepShell } from "./step-shell";
import { ChooseStep } from "./steps/choose-step";
import { loadLaterSteps, type LaterSteps } from "./steps/later-steps";
import { ReadStep } from "./steps/read-step";
import { WelcomeStep } from "./steps/welcome-step";
import { usePathway } from "./use-pathway";
import { useStudentData } from "./use-student-data";

export interface PathwayAppProps {
  locale: Locale;
  /** The shipped stories of the locale; the school's own come with the student's data. */
  stories: StoryView[];
  /** The locale's helplines, shown until the student's school (and its country) is known. */
  help: HelpView;
  /** Shown above the steps while a staff member tries the pathway as a student. */
  previewBanner?: ReactNode;
}

/**
 * The Digital Pathway: welcome, stories and reflections, advice, consent, thanks. The page is
 * the same for every student; what depends on them (their school from ?from= or this device)
 * is read once the device's saved place is.
 */
export function PathwayApp({
  locale,
  stories: shipped,
  help: localeHelp,
  previewBanner,
}: PathwayAppProps) {
  const t = useTranslations("pathway");
  const student = useStudentData(locale);
  const { data } = student;
  const stories = useMemo(() => [...(data?.localStories ?? []), ...shipped], [data, shipped]);
  const help = data?.help ?? localeHelp;
  const storySlugs = useMemo(() => stories.map((s) => s.slug), [stories]);
  const { state, dispatch, saveReflection, sendAdvice, pending, online, schoolKnown, schoolNamed } =
    usePathway({
      locale,
      storySlugs,
      ...(data?.roundCode ? { roundCode: data.roundCode } : {}),
      schoolKnown: data?.schoolKnown ?? false,
    });
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  const [later, setLater] = useState<LaterSteps | null>(null);
  // Until its chunk is here, a later step shows "loading" and has no title to focus yet.
  const waiting = !!state && !later && needsLaterSteps(state.step, schoolKnown);
  // Nor before the student's school is read: its answer is not a new step the student took.
  const settled = student.status === "loaded" || student.status === "failed";
  const stepKey =
    state && settled && !waiting ? `${schoolKnown}:${state.step}:${state.current ?? ""}` : null;

  useEffect(() => {
    preloadDictationField();
    let live = true;
    void loadLaterSteps().then((steps) => live && setLater(steps));
    return () => {
      live = false;
    };
  }, []);

  // A new step moves focus to its title (and the page to the top); the first one does not.
  useEffect(() => {
    if (!stepKey) return;
    if (shown.current !== null && shown.current !== stepKey) heading.current?.focus();
    shown.current = stepKey;
  }, [stepKey]);

  // Once the saved place is read: the school of ?from=, else the one this device came with
  // before (a wrong code in the address is not replaced by it), else the device's own.
  const ready = state !== null;
  const storedRound = state?.roundCode;
  const { status, load } = student;
  useEffect(() => {
    if (!ready || status !== "idle") return;
    const fromAddress = new URLSearchParams(window.location.search).get("from");
    void load(fromAddress ?? storedRound);
  }, [ready, status, load, storedRound]);

  const preview = data?.preview ? previewBanner : null;
  if (!state || status === "idle" || status === "loading") {
    // Until this phone's saved place and the student's school are read, the welcome is shown
    // as it will be for most students (and it is what a phone paints first); its button waits
    // for them. A student already further along goes on to their step as soon as they are.
    // The same tree as below (a fragment around the shell), so that React keeps the painted
    // welcome instead of drawing it anew, which would count as the page's largest paint.
    return (
      <>
        {preview}
        <StepShell progress={pathwayProgress(initialPathwayState())} online pending={0}>
          <WelcomeStep
            headingRef={heading}
            storiesOrigin={describeOrigin(stories)}
            onStart={() => undefined}
            waiting
          />
          <noscript>
            <p className="font-bold">
              {t("noScript")}{" "}
              <a href={`/${locale}/stories`} className="text-brand">
                {t("noScriptLink")}
              </a>
            </p>
          </noscript>
        </StepShell>
      </>
    );
  }

  const loading = <p className="text-muted">{t("loading")}</p>;
  const current = stories.find((s) => s.slug === state.current);
  const step = (() => {
    // Past the welcome, nothing goes further until the school is known: everything the
    // student writes must reach someone there. Drafts stay on the device meanwhile.
    if (!schoolKnown && state.step !== "welcome") {
      if (!later) return loading;
      const { SchoolStep } = later;
      return (
        <SchoolStep
          headingRef={heading}
          onKnown={() => {
            schoolNamed();
            // The school's own help contacts, helplines and stories.
            void student.reload();
          }}
        />
      );
    }
    switch (state.step) {
      case "welcome":
        return (
          <WelcomeStep
            headingRef={heading}
            storiesOrigin={describeOrigin(stories)}
            onStart={() => dispatch({ type: "start" })}
          />
        );
      case "read":
        if (current) {
          return (
            <ReadStep
              headingRef={heading}
              story={current}
              onFinished={() => dispatch({ type: "finishStory" })}
              onBack={() => dispatch({ type: "backToStories" })}
            />
          );
        }
        break;
      case "reflect":
        if (current) {
          if (!later) return loading;
          const { ReflectStep } = later;
          return (
            <ReflectStep
              headingRef={heading}
              story={current}
              draft={state.reflections[current.slug]?.text ?? ""}
              onDraft={(text) => dispatch({ type: "draftReflection", slug: current.slug, text })}
              onSave={(text) => saveReflection(current.slug, text)}
              onSkip={() =>
                dispatch({ type: "reflectionDone", slug: current.slug, status: "skipped" })
              }
            />
          );
        }
        break;
      case "advice": {
        if (!later) return loading;
        const { AdviceStep } = later;
        return (
          <AdviceStep
            headingRef={heading}
            draft={state.advice.text}
            onDraft={(text) => dispatch({ type: "draftAdvice", text })}
            onNext={() => dispatch({ type: "adviceWritten", submissionId: newSubmissionId() })}
            onBack={() => dispatch({ type: "backToStories" })}
          />
        );
      }
      case "consent": {
        if (!later) return loading;
        const { ConsentStep } = later;
        return (
          <ConsentStep
            headingRef={heading}
            consent={state.advice.consent}
            onConsent={(consent) => dispatch({ type: "chooseConsent", consent })}
            onSend={sendAdvice}
            onBack={() => dispatch({ type: "backToAdvice" })}
          />
        );
      }
      case "support": {
        if (!later) return loading;
        const { SupportStep } = later;
        return (
          <SupportStep
            headingRef={heading}
            help={help}
            onContinue={() => dispatch({ type: "continue" })}
          />
        );
      }
      case "thanks": {
        if (!later) return loading;
        const { ThanksStep } = later;
        return (
          <ThanksStep
            headingRef={heading}
            advice={state.advice}
            support={state.support}
            help={help}
            pastAdvice={data?.pastAdvice ?? []}
            onRestart={() => dispatch({ type: "restart" })}
          />
        );
      }
    }
    // A story that is no longer in the library: back to the choice.
    return (
      <ChooseStep
        headingRef={heading}
        stories={stories}
        storiesRead={state.storiesRead}
        onChoose={(slug) => dispatch({ type: "choose", slug })}
        onWriteAdvice={() => dispatch({ type: "writeAdvice" })}
      />
    );
  })();

  return (
    <>
      {preview}
      <StepShell progress={pathwayProgress(state)} online={online} pending={pending}>
        {step}
      </StepShell>
    </>
  );
}

/** Whether the step shown is one of the later steps (src/features/pathway/components/steps/later-steps.ts). */
function needsLaterSteps(step: string, schoolKnown: boolean): boolean {
  if (!schoolKnown && step !== "welcome") return true;
  return !["welcome", "choose", "read"].includes(step);
}
