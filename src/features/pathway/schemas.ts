// The pathway's requests, shared by its pages (checked before sending) and its endpoints.
import { z } from "zod";
import {
  roundCodeSchema,
  storySlugSchema,
  submissionIdSchema,
  writingLocaleSchema,
  writingSchema,
} from "@/features/advice";

export function reflectionInputSchema(storySlugs: readonly string[]) {
  return z.object({
    submissionId: submissionIdSchema,
    storySlug: storySlugSchema(storySlugs),
    locale: writingLocaleSchema,
    text: writingSchema,
    roundCode: roundCodeSchema.optional(),
  });
}

export type ReflectionInput = z.infer<ReturnType<typeof reflectionInputSchema>>;

/** The pathway's milestones, as PathwayProgress.completedSteps records them for the funnel. */
export const PATHWAY_MILESTONES = ["welcome", "stories", "advice", "consent"] as const;
export type PathwayMilestone = (typeof PATHWAY_MILESTONES)[number];

/**
 * Where a student is, sent whole each time: the server keeps the union of everything it has
 * been told, so a snapshot that arrives late or twice never undoes progress.
 */
export function progressInputSchema(storySlugs: readonly string[]) {
  return z.object({
    storiesRead: z.array(storySlugSchema(storySlugs)).max(storySlugs.length),
    completedSteps: z.array(z.enum(PATHWAY_MILESTONES)).max(PATHWAY_MILESTONES.length),
    roundCode: roundCodeSchema.optional(),
  });
}

export type ProgressInput = z.infer<ReturnType<typeof progressInputSchema>>;

/**
 * POST /api/v1/school: the code a student's school gave them (a survey, a classroom session or
 * the school's own code from a poster), typed with spaces, dashes or small letters as it comes.
 */
export const schoolCodeInputSchema = z.object({
  code: z
    .string({ message: "invalid_code" })
    .max(40, "invalid_code")
    .transform((typed) =>
      typed
        .normalize("NFKC")
        .replace(/[\s\u002d\u2010-\u2015\u2212]/g, "")
        .toUpperCase(),
    )
    .pipe(z.string().regex(/^[A-Z0-9]{4,12}$/, "invalid_code")),
});

export type SchoolCodeInput = z.infer<typeof schoolCodeInputSchema>;
