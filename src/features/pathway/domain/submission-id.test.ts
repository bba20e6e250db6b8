import { describe, expect, it } from "vitest";
import { submissionIdSchema } from "@/features/advice";
import { newSubmissionId } from "@/lib/submission-id";

describe("newSubmissionId", () => {
  it("is a UUID the endpoints accept, with or without crypto.randomUUID", () => {
    const fallback = { getRandomValues: (a: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(a) };
    const ids = [newSubmissionId(), newSubmissionId(fallback), newSubmissionId(fallback)];
    for (const id of ids) expect(submissionIdSchema.safeParse(id).success, id).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });
});
