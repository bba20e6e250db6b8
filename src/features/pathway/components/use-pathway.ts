"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { useToast } from "@/components/ui/toast";
import type { Locale } from "@/i18n/locales";
import { pathwayReducer, restorePathwayState, type PathwayState } from "../domain/pathway-state";
import { newSubmissionId } from "@/lib/submission-id";
import type { FieldIssue } from "../domain/request-check";
import { createDeviceStore, useDeviceReducer } from "./use-device-store";
import { PROGRESS_KEY, useOutbox } from "./use-outbox";
import { problemOfText, writingResult, type WritingResult } from "./writing-result";

const pathwayStore = createDeviceStore<PathwayState>("belong.pathway", restorePathwayState);

// The checks run only when the student sends something: their code is fetched once the page
// is up (see the effect below, so it is there offline too), not with its first JavaScript.
const requestChecks = () => import("../domain/request-check");

/** The refusal of a text the form itself finds wrong (the same rules as the server). */
function refusal(issues: readonly FieldIssue[]): WritingResult {
  const text = issues.find((issue) => issue.field === "text");
  return { status: "refused", problem: problemOfText(text?.message) };
}

const roundOf = (roundCode: string | undefined) => (roundCode ? { roundCode } : {});

const isSupport = (data: unknown) =>
  typeof data === "object" && data !== null && (data as { support?: unknown }).support === true;

/**
 * The pathway's state (kept on the device), and sending what the student writes through the
 * outbox: stored now, or kept for later when the connection is gone.
 */
export function usePathway({
  locale,
  storySlugs,
  roundCode,
  schoolKnown: schoolKnownOnLoad,
}: {
  locale: Locale;
  storySlugs: readonly string[];
  roundCode?: string;
  /** Whether the server knows the student's school (the page's answer). */
  schoolKnown: boolean;
}) {
  const t = useTranslations("pathway");
  const toast = useToast();
  const [state, dispatch] = useDeviceReducer(pathwayStore, pathwayReducer);
  const school = roundCode ?? state?.roundCode;
  // What the server said since the page loaded: it needs the school, or the student named it.
  const [told, setTold] = useState<"needed" | "named" | null>(null);
  // A code stored from an earlier visit names the school too, as the writing carries it.
  const schoolKnown =
    told === "needed" ? false : told === "named" || schoolKnownOnLoad || Boolean(school);

  useEffect(() => {
    void requestChecks();
  }, []);

  const { send, resend, pending, online } = useOutbox({
    onDelivered: (item, data) => {
      if (item.key !== PROGRESS_KEY) {
        dispatch({ type: "delivered", submissionId: item.key, support: isSupport(data) });
      }
    },
    onRejected: (item) => {
      if (item.key !== PROGRESS_KEY) toast(t("errors.rejectedLater"), "error");
    },
    onNeedsSchool: () => setTold("needed"),
  });

  /** The student named their school: what waited on the device goes now. */
  const schoolNamed = useCallback(() => {
    setTold("named");
    resend();
  }, [resend]);

  // A school named by ?from= is remembered, so a reload without it still counts for the school.
  useEffect(() => {
    if (state && roundCode && state.roundCode !== roundCode) {
      dispatch({ type: "setSchool", roundCode });
    }
  }, [state, roundCode, dispatch]);

  // Progress for the funnel: sent whenever a milestone or a story is added, never before the
  // student has started (opening the page alone records nothing) nor before the school is
  // known (it is sent whole, so nothing is lost by waiting).
  const progress =
    state && schoolKnown && state.milestones.length > 0
      ? JSON.stringify({
          storiesRead: state.storiesRead,
          completedSteps: state.milestones,
          ...roundOf(school),
        })
      : null;
  useEffect(() => {
    if (progress) {
      void send({ key: PROGRESS_KEY, url: "/api/v1/pathway-progress", body: JSON.parse(progress) });
    }
  }, [progress, send]);

  const slugs = useMemo(() => [...storySlugs], [storySlugs]);

  const saveReflection = useCallback(
    async (slug: string, text: string): Promise<WritingResult> => {
      const submissionId = state?.reflections[slug]?.submissionId ?? newSubmissionId();
      const { checkReflectionInput } = await requestChecks();
      const parsed = checkReflectionInput(
        { submissionId, storySlug: slug, locale, text, ...roundOf(school) },
        slugs,
      );
      if (!parsed.ok) return refusal(parsed.issues);
      dispatch({ type: "assignReflectionId", slug, submissionId });
      const result = writingResult(
        await send({ key: submissionId, url: "/api/v1/reflections", body: parsed.data }),
      );
      if (result.status === "refused") return result;
      if (result.status === "queued") toast(t("queued"));
      dispatch({
        type: "reflectionDone",
        slug,
        status: result.status,
        submissionId,
        support: result.status === "sent" && result.support,
      });
      return result;
    },
    [state, slugs, locale, school, send, dispatch, toast, t],
  );

  const sendAdvice = useCallback(async (): Promise<WritingResult> => {
    if (!state?.advice.submissionId) return { status: "refused", problem: "failed" };
    const { checkAdviceInput } = await requestChecks();
    const parsed = checkAdviceInput(
      {
        submissionId: state.advice.submissionId,
        text: state.advice.text,
        locale,
        consentToShare: state.advice.consent,
        source: "PATHWAY",
        ...roundOf(school),
      },
      slugs,
    );
    if (!parsed.ok) return refusal(parsed.issues);
    const result = writingResult(
      await send({ key: parsed.data.submissionId, url: "/api/v1/advice", body: parsed.data }),
    );
    if (result.status === "refused") return result;
    dispatch({
      type: "adviceSent",
      status: result.status,
      support: result.status === "sent" && result.support,
    });
    return result;
  }, [state, slugs, locale, school, send, dispatch]);

  return {
    state,
    dispatch,
    saveReflection,
    sendAdvice,
    pending,
    online,
    schoolKnown,
    schoolNamed,
  };
}
