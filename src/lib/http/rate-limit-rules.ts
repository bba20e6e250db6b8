// Every rate limit of the public write endpoints, in one place. Limits count per client key
// (a keyed hash of the address), and a whole class often shares one school NAT address, so
// they are set to stop a runaway script, never a classroom writing at the same time.
import type { RateLimitRule } from "./rate-limit";

export const RATE_LIMITS = {
  /**
   * POST /api/v1/survey-responses: one submission per student per round, plus retries. 120 a
   * minute lets a year group of ~100 behind one address submit within the same minute.
   */
  surveyResponses: { name: "survey-responses", limit: 120, windowSeconds: 60 },
  /**
   * POST /api/v1/advice, /reflections and /pathway-progress share one budget: progress is
   * saved at each pathway step (several a minute per student), so 30 students need ~300.
   */
  pathwayWriting: { name: "pathway-writing", limit: 300, windowSeconds: 60 },
  /**
   * Wrong classroom join codes (only misses stay counted, so a class joining is never slowed). 30
   * misses in 5 minutes covers a class of typos; a guesser gets ~9,000 tries a day at most
   * against a billion codes, and a right guess is refused too once over the limit.
   */
  classroomCodeMisses: { name: "classroom-code-misses", limit: 30, windowSeconds: 300 },
  /**
   * Wrong survey round codes, on every route that takes one (the round's page and poster, its
   * QR code, submissions, the pathway's ?from= and its writing, a school's code typed on the
   * pathway): the same reasoning and numbers as classroom codes, in a budget of their own.
   */
  roundCodeMisses: { name: "round-code-misses", limit: 30, windowSeconds: 300 },
  /** POST /api/v1/sessions/{code}/join and /advice: a class of 30 behind one address, twice over. */
  classroomWriting: { name: "classroom-writing", limit: 240, windowSeconds: 60 },
  /** POST /api/v1/device/forget: a student presses it once; a class doing it together fits. */
  forgetDevice: { name: "forget-device", limit: 60, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitRule>;
