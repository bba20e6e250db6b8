"use server";

import { ZodError } from "zod";
import { staffContext } from "@/features/access/server";
import { isAppError } from "@/lib/http";
import type { ReviewLocalStoryInput, SaveLocalStoryInput } from "../local-schemas";
import { reviewLocalStory } from "../server/local/review-local-story";
import { saveLocalStory } from "../server/local/save-local-story";
import { submitLocalStory } from "../server/local/submit-local-story";

/** What the editor is told: the story's id, or why not (problem fields as "<locale>.<key>"). */
export type EditorResult =
  | { ok: true; id: string }
  | { ok: false; error: "invalid" | "gone" | "conflict" | "forbidden"; problems: string[] };

async function run(work: () => Promise<string>): Promise<EditorResult> {
  try {
    return { ok: true, id: await work() };
  } catch (error) {
    if (error instanceof ZodError) return { ok: false, error: "invalid", problems: [] };
    if (!isAppError(error)) throw error;
    const problems = (error.options.fields ?? []).map((f) => f.field);
    const kind =
      error.code === "not_found"
        ? "gone"
        : error.code === "conflict"
          ? "conflict"
          : error.code === "forbidden"
            ? "forbidden"
            : "invalid";
    return { ok: false, error: kind, problems };
  }
}

/** Saves the draft; with `submit`, sends it to a colleague for review once saved. */
export async function saveFromEditor(
  input: SaveLocalStoryInput,
  submit: boolean,
): Promise<EditorResult> {
  return run(async () => {
    const ctx = await staffContext("stories:write");
    const { id } = await saveLocalStory(ctx, input);
    if (submit) await submitLocalStory(ctx, id);
    return id;
  });
}

export async function reviewFromEditor(input: ReviewLocalStoryInput): Promise<EditorResult> {
  return run(async () => {
    const ctx = await staffContext("stories:review");
    await reviewLocalStory(ctx, input);
    return input.id;
  });
}
