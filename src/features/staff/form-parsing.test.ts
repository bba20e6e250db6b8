import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import { acceptInvitationSchema } from "@/features/access";
import { assignTeachersSchema, groupSchema } from "./schemas";
import { guarded, parseForm, refused } from "@/lib/forms/form-action";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("parseForm", () => {
  it("validates with the form's schema and keeps what was typed", () => {
    const parsed = parseForm(
      groupSchema,
      form([
        ["name", "  Chefs 1C "],
        ["programme", "Chef"],
        ["startDate", "2026-02-30"],
        ["expectedSize", "abc"],
        ["$ACTION_ID_x", "internal"],
      ]),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.state.errors).toEqual({ startDate: "invalidDate", expectedSize: "sizeRange" });
    expect(parsed.state.values).toEqual({
      name: "  Chefs 1C ",
      programme: "Chef",
      startDate: "2026-02-30",
      expectedSize: "abc",
    });
  });

  it("never sends passwords or tokens back", () => {
    const parsed = parseForm(
      acceptInvitationSchema,
      form([
        ["token", "t".repeat(43)],
        ["name", "Ana"],
        ["password", "short"],
        ["confirm", "other"],
      ]),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.state.values).toEqual({ name: "Ana" });
    expect(parsed.state.errors.password).toBe("passwordTooShort");
  });

  it("reads repeated fields as lists, and a missing one as empty", () => {
    const two = parseForm(
      assignTeachersSchema,
      form([
        ["groupId", "g1"],
        ["teacherIds", "u1"],
        ["teacherIds", "u2"],
      ]),
      ["teacherIds"],
    );
    expect(two.ok && two.data).toEqual({ groupId: "g1", teacherIds: ["u1", "u2"] });
    // A refused form keeps every ticked box, not only the last.
    const bad = parseForm(
      assignTeachersSchema,
      form([
        ["teacherIds", "u1"],
        ["teacherIds", "u2"],
      ]),
      ["teacherIds"],
    );
    expect(!bad.ok && bad.state.values).toEqual({ teacherIds: "u1,u2" });
    const none = parseForm(assignTeachersSchema, form([["groupId", "g1"]]), ["teacherIds"]);
    expect(none.ok && none.data).toEqual({ groupId: "g1", teacherIds: [] });
  });

  it("turns a message that is not a known key into 'invalid'", () => {
    const parsed = parseForm(z.object({ n: z.number() }), form([["n", "1"]]));
    expect(!parsed.ok && parsed.state.errors).toEqual({ n: "invalid" });
  });
});

describe("refused", () => {
  it("shows not found and signed out as form errors", () => {
    expect(refused(new AppError("not_found", "x"), {}).formError).toBe("notFound");
    expect(refused(new AppError("unauthorized", "x"), {}).formError).toBe("signedOut");
  });

  it("puts a refused list item on its list's field", () => {
    const state = refused(
      new AppError("validation_failed", "x", {
        fields: [{ field: "groupIds.1", message: "invalid" }],
      }),
      {},
    );
    expect(state.errors).toEqual({ groupIds: "invalid" });
  });

  it("puts field refusals on their fields", () => {
    const state = refused(
      new AppError("conflict", "x", { fields: [{ field: "email", message: "alreadyMember" }] }),
      { email: "a@b.test" },
    );
    expect(state).toEqual({
      status: "error",
      errors: { email: "alreadyMember" },
      formError: undefined,
      values: { email: "a@b.test" },
    });
  });

  it("throws anything that is not a refusal on", () => {
    expect(() => refused(new Error("boom"), {})).toThrow("boom");
  });

  it("lets guarded work return its state, or its refusal", async () => {
    await expect(
      guarded({}, async () => ({ status: "idle", errors: {}, values: {} })),
    ).resolves.toMatchObject({ status: "idle" });
    await expect(
      guarded({ a: "1" }, async () => {
        throw new AppError("not_found", "gone");
      }),
    ).resolves.toMatchObject({ formError: "notFound", values: { a: "1" } });
  });
});
