import { describe, expect, it } from "vitest";
import { newSubmissionId } from "./submission-id";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newSubmissionId", () => {
  it("uses crypto.randomUUID where the page is secure", () => {
    expect(newSubmissionId()).toMatch(UUID_V4);
    const fake = {
      randomUUID: () => "from-random-uuid",
      getRandomValues: (a: Uint8Array<ArrayBuffer>) => a,
    };
    expect(newSubmissionId(fake)).toBe("from-random-uuid");
  });

  it("builds a version 4 UUID from random bytes where randomUUID is missing (plain http)", () => {
    const ids = new Set(
      Array.from({ length: 50 }, () =>
        newSubmissionId({ getRandomValues: (a) => globalThis.crypto.getRandomValues(a) }),
      ),
    );
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    const zeros = newSubmissionId({ getRandomValues: (a) => a });
    expect(zeros).toBe("00000000-0000-4000-8000-000000000000");
  });
});
