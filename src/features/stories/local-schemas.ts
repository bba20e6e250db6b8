// What the guided editor sends, shared by the form and the server (zod). Lengths here are the
// limits of what is stored; whether a text is ready to publish is checked by local-checks.
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { STORY_TAGS } from "./domain/story-format";

const ELEMENT_MAX = 4000;
const localeSchema = z.enum(locales);

export const localStoryTextSchema = z.strictObject({
  locale: localeSchema,
  title: z.string().trim().max(80),
  teaser: z.string().trim().max(160),
  transition: z.string().trim().max(ELEMENT_MAX),
  worry: z.string().trim().max(ELEMENT_MAX),
  othersToo: z.string().trim().max(ELEMENT_MAX),
  strategy: z.string().trim().max(ELEMENT_MAX),
  change: z.string().trim().max(ELEMENT_MAX),
});

export const saveLocalStorySchema = z.strictObject({
  /** Absent for a new story. */
  id: z.string().min(1).max(40).optional(),
  sourceLocale: localeSchema,
  speakerName: z.string().trim().min(1).max(40),
  speakerAge: z.coerce.number().int().min(15).max(60),
  programme: z.string().trim().min(2).max(80),
  tags: z.array(z.enum(STORY_TAGS)).max(4).default([]),
  nameConsent: z.boolean().default(false),
  properNouns: z.array(z.string().trim().min(1).max(60)).max(40).default([]),
  /** The texts of the locales being saved; other locales stay as they are. */
  texts: z.array(localStoryTextSchema).min(1).max(locales.length),
});
export type SaveLocalStoryInput = z.input<typeof saveLocalStorySchema>;

export const reviewLocalStorySchema = z.strictObject({
  id: z.string().min(1).max(40),
  decision: z.enum(["COMMENT", "APPROVE", "SEND_BACK"]),
  comment: z.string().trim().max(2000).default(""),
});
export type ReviewLocalStoryInput = z.input<typeof reviewLocalStorySchema>;
