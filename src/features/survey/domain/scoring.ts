import type { BandThresholds, SurveyDefinition, SurveyItem } from "./definition";
import { kindSpec } from "./item-kinds";

/**
 * A student's answers, by item key:
 * - scale item: the chosen point's value, a whole number (e.g. 1-7);
 * - multi item: the chosen option keys, e.g. ["classmates", "language"];
 * - text item: what the student wrote.
 * A skipped item is simply absent; an empty list or blank text also counts as skipped.
 */
export type SurveyAnswers = Readonly<Record<string, number | string | readonly string[]>>;

export type Band = "LOW" | "MID" | "HIGH";

export interface ScoreResult {
  /** 0-100, higher = more belonging, one decimal; null with too few answers. */
  score: number | null;
  band: Band | null;
  /** How many of the scored scale items have a valid answer. */
  answeredScaleItems: number;
}

export interface AnswerProblem {
  field: `answers.${string}`;
  message: string;
}

/** The item key of the open question whose answer signals "I would like support". */
export const SUPPORT_ITEM_KEY = "open_support";

/**
 * The belonging score: each scored item rescaled to 0-1 (reversed where agreeing means less
 * belonging), averaged, times 100. Scales of different lengths then weigh the same.
 * Invalid values are left out as if skipped; validate first with validateAnswers.
 * `thresholds` is an institution's override of the file's bands.
 */
export function scoreResponse(
  definition: SurveyDefinition,
  answers: SurveyAnswers,
  thresholds?: Partial<BandThresholds>,
): ScoreResult {
  const { scoring } = definition;
  const reverse = new Set(scoring.reverse);
  const parts: number[] = [];

  for (const key of scoring.items) {
    const item = definition.items.find((it) => it.key === key);
    const value = answerFor(answers, key);
    const part = item && kindSpec(item.kind).score?.(definition, item, value);
    if (part === undefined) continue;
    parts.push(reverse.has(key) ? 1 - part : part);
  }

  const answeredScaleItems = parts.length;
  if (answeredScaleItems < scoring.minAnswered) {
    return { score: null, band: null, answeredScaleItems };
  }

  const mean = parts.reduce((sum, part) => sum + part, 0) / answeredScaleItems;
  // Rounded before banding, so the stored score and its band always agree.
  const score = Math.round(mean * 1000) / 10;
  const bands = {
    lowBelow: thresholds?.lowBelow ?? scoring.bands.lowBelow,
    highFrom: thresholds?.highFrom ?? scoring.bands.highFrom,
  };
  return { score, band: bandFor(score, bands), answeredScaleItems };
}

/**
 * The band of a score. An institution may move the thresholds; if its lowBelow ends up above
 * highFrom, LOW wins: being invited into the pathway matters more than the label.
 */
export function bandFor(score: number, { lowBelow, highFrom }: BandThresholds): Band {
  for (const threshold of [lowBelow, highFrom]) {
    if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
      throw new RangeError(`Band threshold ${threshold} is not between 0 and 100`);
    }
  }
  if (score < lowBelow) return "LOW";
  if (score >= highFrom) return "HIGH";
  return "MID";
}

/**
 * What is wrong with a submitted set of answers, one problem per field; empty when valid.
 * Takes unknown values on purpose: this is the check that makes them SurveyAnswers.
 */
export function validateAnswers(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set(definition.items.map((item) => item.key));

  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push({ field: `answers.${key}`, message: "Unknown question." });
  }
  for (const item of definition.items) {
    const value = answerFor(answers, item.key);
    const message = isSkipped(value)
      ? requiredMessage(item)
      : kindSpec(item.kind).problem(definition, item, value);
    if (message) problems.push({ field: `answers.${item.key}`, message });
  }
  return problems;
}

/** Invite into the Digital Pathway: a LOW band, or any answer to a support question. */
export function shouldInvite({
  band,
  answers,
  definition,
}: {
  band: Band | null;
  answers: SurveyAnswers;
  /** When given, its text items marked signalsSupport count; otherwise SUPPORT_ITEM_KEY. */
  definition?: SurveyDefinition;
}): boolean {
  if (band === "LOW") return true;
  const supportKeys = definition
    ? definition.items.filter((it) => it.kind === "text" && it.signalsSupport).map((it) => it.key)
    : [SUPPORT_ITEM_KEY];
  return supportKeys.some((key) => {
    const value = answerFor(answers, key);
    return typeof value === "string" && value.trim() !== "";
  });
}

// Own properties only: a key such as "constructor" must not find Object.prototype's.
function answerFor(answers: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

function isSkipped(value: unknown): boolean {
  return (
    value === undefined ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === "string" && value.trim() === "")
  );
}

function requiredMessage(item: SurveyItem): string | undefined {
  return item.required ? "This question needs an answer." : undefined;
}
