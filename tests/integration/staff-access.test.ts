// The entrance to the staff area: who counts as signed in, which institution is active, and
// how pages and actions refuse.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/http";
import { resolveStaffAccess } from "@/features/access/server/resolve-staff-access";
import { requireStaff, staffContext } from "@/features/access/server";
import { createInstitution, createSignedInStaff } from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { thrownDigest } from "../support/staff-checks";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

describe("resolveStaffAccess", () => {
  it("is signed out without a user, or for a user that no longer exists", async () => {
    expect(await resolveStaffAccess(undefined, undefined)).toEqual({ kind: "signed_out" });
    expect(await resolveStaffAccess("gone", undefined)).toEqual({ kind: "signed_out" });
  });

  it("knows a signed-in person without any institution", async () => {
    const db = await getDb();
    const user = await db.user.create({ data: { email: "alone@school.test" } });
    expect((await resolveStaffAccess(user.id, undefined)).kind).toBe("no_membership");
  });

  it("acts for the chosen institution while the person is a member there", async () => {
    const north = await createInstitution({ name: "North" });
    const south = await createInstitution({ name: "South" });
    const { user } = await createSignedInStaff(south.id, "TEACHER");
    const db = await getDb();
    await db.membership.create({
      data: { userId: user.id, institutionId: north.id, role: "COORDINATOR" },
    });
    const first = await resolveStaffAccess(user.id, undefined);
    expect(first.kind === "member" && first.memberships.map((m) => m.institutionName)).toEqual([
      "North",
      "South",
    ]);
    expect(first.kind === "member" && first.context).toEqual({
      userId: user.id,
      institutionId: north.id,
      role: "COORDINATOR",
    });
    const chosen = await resolveStaffAccess(user.id, south.id);
    expect(chosen.kind === "member" && chosen.context.role).toBe("TEACHER");

    // Removed from South: the old choice no longer counts.
    await db.membership.deleteMany({ where: { userId: user.id, institutionId: south.id } });
    const after = await resolveStaffAccess(user.id, south.id);
    expect(after.kind === "member" && after.context.institutionId).toBe(north.id);
  });
});

describe("staffContext (server actions, route handlers)", () => {
  it("is unauthorized when signed out, not found without the permission", async () => {
    fakeSession.userId = undefined;
    const signedOut = await staffContext("groups:read").catch((e: unknown) => e);
    expect(isAppError(signedOut) && signedOut.code).toBe("unauthorized");
    const school = await createInstitution();
    const { user, ctx } = await createSignedInStaff(school.id, "TEACHER");
    fakeSession.userId = user.id;
    expect(await staffContext("classroom:run")).toEqual(ctx);
    const refused = await staffContext("groups:write").catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe("not_found");
  });
});

describe("requireStaff (pages)", () => {
  it("sends a signed-out visitor to sign-in, and back afterwards", async () => {
    fakeSession.userId = undefined;
    const digest = await thrownDigest(() => requireStaff("fr", "groups:read", "/fr/staff/groups"));
    expect(digest).toContain("NEXT_REDIRECT");
    expect(digest).toContain("/fr/staff/sign-in?callbackUrl=%2Ffr%2Fstaff%2Fgroups");
  });

  it("never puts another site in the callback", async () => {
    fakeSession.userId = undefined;
    const digest = await thrownDigest(() => requireStaff("en", undefined, "https://evil.example"));
    expect(digest).toContain("/en/staff/sign-in?callbackUrl=%2Fen%2Fstaff");
    expect(digest).not.toContain("evil");
  });

  it("shows a person without an institution the no-access page", async () => {
    const db = await getDb();
    const user = await db.user.create({ data: { email: "removed@school.test" } });
    fakeSession.userId = user.id;
    expect(await thrownDigest(() => requireStaff("nl"))).toContain("/nl/staff/no-access");
  });

  it("answers not found to a role without the permission", async () => {
    const school = await createInstitution();
    const { user, ctx } = await createSignedInStaff(school.id, "TEACHER");
    fakeSession.userId = user.id;
    expect(await requireStaff("en", "groups:read")).toEqual(ctx);
    for (const permission of ["groups:write", "people:manage", "settings:manage"] as const) {
      expect(await thrownDigest(() => requireStaff("en", permission))).toContain(
        "NEXT_HTTP_ERROR_FALLBACK;404",
      );
    }
  });
});
