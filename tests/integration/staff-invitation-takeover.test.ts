// Account takeover across schools through invitations, step by step: school A's admin invites
// an address of school B, accepts the link himself and chooses the password. When B's admin
// invites the same address, the link alone must not join the account A's admin holds, nor let
// him (or anyone holding the link) in; the page must not say whether the address has an
// account; only someone signed in as the invited account joins.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/http";
import { acceptAsSignedIn, acceptWithNewAccount } from "@/features/access/actions/invitations";
import { verifyCredentials } from "@/features/access/server/auth/verify-credentials";
import { acceptInvitation } from "@/features/access/server/invitations/accept-invitation";
import { findInvitation } from "@/features/access/server/invitations/find-invitation";
import { invitePerson } from "@/features/staff/server/people/invite-person";
import type { StaffContext } from "@/features/access/server";
import { createInstitution, createInvitation, createSignedInStaff } from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { submitAction } from "../support/submit-action";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

const unique = () => Math.random().toString(36).slice(2, 10);
const tokenOf = (link: string) => link.split("/").at(-1)!;
const SQUATTER_PASSWORD = "chosen by school A admin";

let schoolA: string;
let schoolB: string;
let adminA: StaffContext;
let adminB: StaffContext;
let address: string;
let linkB: string;

async function membershipsOf(email: string) {
  const db = await getDb();
  const rows = await db.membership.findMany({ where: { user: { email } } });
  return rows.map((m) => m.institutionId).sort();
}

const submit = (
  userId: string | undefined,
  action: Parameters<typeof submitAction>[1],
  fields: Record<string, string>,
) => submitAction(userId ? { userId } : undefined, action, fields);

beforeEach(async () => {
  schoolA = (await createInstitution({ name: `A ${unique()}` })).id;
  schoolB = (await createInstitution({ name: `B ${unique()}` })).id;
  adminA = (await createSignedInStaff(schoolA, "ADMIN")).ctx;
  adminB = (await createSignedInStaff(schoolB, "ADMIN")).ctx;
  address = `teacher-${unique()}@school-b.test`;
  // Step 1: A's admin invites B's teacher into A and accepts the link himself.
  const sentA = await invitePerson(adminA, { email: address, role: "TEACHER" }, "en");
  const accepted = await acceptInvitation(tokenOf(sentA.link), {
    name: "Not really them",
    password: SQUATTER_PASSWORD,
  });
  expect(accepted.ok).toBe(true);
  // Step 2: B's admin invites the same address, as B would for its own teacher.
  linkB = (await invitePerson(adminB, { email: address, role: "ADMIN" }, "en")).link;
});

describe("an invitation for an address that already has an account", () => {
  it("does not join from the link alone", async () => {
    const error = await acceptInvitation(tokenOf(linkB), null).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("validation_failed");
    expect(await membershipsOf(address)).toEqual([schoolA]);
    expect((await findInvitation(tokenOf(linkB))).state).toBe("open");
  });

  it("does not let a new password be set on it, nor join it, through the new-account form", async () => {
    const result = await acceptInvitation(tokenOf(linkB), {
      name: "Whoever",
      password: "a password of the link holder",
    });
    expect(result).toEqual({ ok: false, reason: "account_exists" });
    expect(await membershipsOf(address)).toEqual([schoolA]);
    expect(await verifyCredentials(address, "a password of the link holder")).toBeNull();
    // The invitation stays open for its real owner.
    expect((await findInvitation(tokenOf(linkB))).state).toBe("open");
  });

  it("does not join while someone else is signed in", async () => {
    expect(await acceptInvitation(tokenOf(linkB), { userId: adminA.userId })).toEqual({
      ok: false,
      reason: "wrong_account",
    });
    expect(await membershipsOf(address)).toEqual([schoolA]);
    const db = await getDb();
    const adminAMemberships = await db.membership.findMany({ where: { userId: adminA.userId } });
    expect(adminAMemberships.map((m) => m.institutionId)).toEqual([schoolA]);
  });

  it("joins when signed in as the invited account", async () => {
    const db = await getDb();
    const owner = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(await acceptInvitation(tokenOf(linkB), { userId: owner.id })).toMatchObject({
      ok: true,
      institutionId: schoolB,
    });
    expect(await membershipsOf(address)).toEqual([schoolA, schoolB].sort());
  });

  it("protects an account without a password too: the form does not give it one", async () => {
    const db = await getDb();
    const email = `nopass-${unique()}@school-b.test`;
    await db.user.create({ data: { email } });
    const invitation = await createInvitation(schoolB, { email });
    expect(
      await acceptInvitation(invitation.token, { name: "X", password: "x".repeat(12) }),
    ).toEqual({ ok: false, reason: "account_exists" });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBeNull();
  });
});

describe("the invitation page", () => {
  it("looks the same whether or not the address has an account", async () => {
    const fresh = await createInvitation(schoolB, { email: `new-${unique()}@school-b.test` });
    const existing = await findInvitation(tokenOf(linkB));
    const unknown = await findInvitation(fresh.token);
    expect(Object.keys(existing).sort()).toEqual(Object.keys(unknown).sort());
    expect({ ...existing, email: "" }).toEqual({ ...unknown, email: "", role: "ADMIN" });
  });
});

describe("the invitation forms", () => {
  it("sends the new-account form for an existing address to sign-in, back to the link", async () => {
    const token = tokenOf(linkB);
    const answer = await submit(undefined, acceptWithNewAccount, {
      token,
      name: "Whoever",
      password: "a password of the link holder",
      confirm: "a password of the link holder",
    });
    expect(answer).toHaveProperty("redirect");
    const target = new URL((answer as { redirect: string }).redirect, "http://x");
    expect(target.pathname).toBe("/en/staff/sign-in");
    expect(target.searchParams.get("notice")).toBe("signInToAccept");
    expect(target.searchParams.get("callbackUrl")).toBe(`/en/staff/invitation/${token}`);
    expect(await membershipsOf(address)).toEqual([schoolA]);
  });

  it("joins only as the signed-in invitee, whatever the form says", async () => {
    const token = tokenOf(linkB);
    // Signed out: to sign-in, and back.
    const signedOut = await submit(undefined, acceptAsSignedIn, { token });
    expect((signedOut as { redirect: string }).redirect).toContain("/en/staff/sign-in?");
    // Signed in as A's admin: back to the invitation's page, nothing joined.
    const asOther = await submit(adminA.userId, acceptAsSignedIn, { token, userId: "x" });
    expect(asOther).toEqual({ redirect: `/en/staff/invitation/${token}` });
    expect(await membershipsOf(address)).toEqual([schoolA]);
    // Signed in as the invitee: joined, and B becomes the school they see.
    const db = await getDb();
    const owner = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(await submit(owner.id, acceptAsSignedIn, { token })).toEqual({ redirect: "/en/staff" });
    expect(fakeSession.institutionId).toBe(schoolB);
    expect(await membershipsOf(address)).toEqual([schoolA, schoolB].sort());
  });
});
