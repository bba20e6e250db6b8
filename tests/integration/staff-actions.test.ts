// The server actions behind the staff forms, as a browser's form post reaches them: each
// declares its permission, answers a refusal as a form error and changes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { createGroupFromForm } from "@/features/staff/actions/groups";
import { switchInstitution } from "@/features/access/actions/institution";
import { changeRoleFromForm, invitePersonFromForm } from "@/features/staff/actions/people";
import { saveSettingsFromForm } from "@/features/staff/actions/settings";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { StaffContext } from "@/features/access/server";
import { createInstitution, createSignedInStaff } from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { lastMailTo } from "../support/outbox";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("next/cache", () => ({ refresh: () => {} }));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** Runs an action as someone; a redirect comes back as its target. */
async function submit(
  as: StaffContext | undefined,
  action: (prev: FormState, data: FormData) => Promise<FormState>,
  fields: Record<string, string>,
): Promise<FormState | { redirect: string }> {
  fakeSession.userId = as?.userId;
  fakeSession.institutionId = as?.institutionId;
  try {
    return await action(IDLE, form(fields));
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2]! };
  }
}

let institutionId: string;
let admin: StaffContext;
let coordinator: StaffContext;
let teacher: StaffContext;

beforeAll(async () => {
  institutionId = (await createInstitution({ name: "Action School" })).id;
  admin = (await createSignedInStaff(institutionId, "ADMIN")).ctx;
  coordinator = (await createSignedInStaff(institutionId, "COORDINATOR")).ctx;
  teacher = (await createSignedInStaff(institutionId, "TEACHER")).ctx;
});

async function counts() {
  const db = await getDb();
  return {
    groups: await db.group.count({ where: { institutionId } }),
    invitations: await db.invitation.count({ where: { institutionId } }),
    institution: await db.institution.findUnique({ where: { id: institutionId } }),
  };
}

const settings = {
  name: "Taken over",
  country: "DK",
  defaultLocale: "en",
  minGroupSize: "5",
  pathwayThreshold: "50",
  safeguardingReminderHours: "24",
  reflectionRetentionWeeks: "8",
  answerRetentionMonths: "12",
  flagRetentionMonths: "24",
  auditRetentionMonths: "24",
  helpContacts: "",
  safeguardingEmail: "",
};

describe("staff form actions", () => {
  it("refuse a teacher's coordinator and admin actions as not found, changing nothing", async () => {
    const before = await counts();
    for (const [action, fields] of [
      [createGroupFromForm, { name: "Sneaky group" }],
      [invitePersonFromForm, { email: "friend@school.test", role: "ADMIN" }],
      [saveSettingsFromForm, settings],
    ] as const) {
      expect(await submit(teacher, action, fields)).toMatchObject({
        status: "error",
        formError: "notFound",
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuse a coordinator the settings, changing nothing", async () => {
    const before = await counts();
    expect(await submit(coordinator, saveSettingsFromForm, settings)).toMatchObject({
      formError: "notFound",
    });
    expect(await counts()).toEqual(before);
  });

  it("ask a signed-out visitor to sign in again", async () => {
    expect(await submit(undefined, createGroupFromForm, { name: "Ghost group" })).toMatchObject({
      formError: "signedOut",
    });
  });

  it("name invalid fields and keep what was typed", async () => {
    const state = await submit(coordinator, createGroupFromForm, {
      name: "",
      programme: "Chef",
      expectedSize: "0",
    });
    expect(state).toMatchObject({
      status: "error",
      errors: { name: "required", expectedSize: "sizeRange" },
      values: { name: "", programme: "Chef", expectedSize: "0" },
    });
  });

  it("let an admin set a reachable data protection contact, and refuse one nobody can reach", async () => {
    const db = await getDb();
    for (const contact of ["Jane Doe", "call the office", "x".repeat(501)]) {
      const state = await submit(admin, saveSettingsFromForm, {
        ...settings,
        name: "Action School",
        dataProtectionContact: contact,
      });
      expect(state).toMatchObject({ status: "error" });
      expect(Object.keys((state as FormState).errors)).toEqual(["dataProtectionContact"]);
    }
    expect(
      (await db.institution.findUnique({ where: { id: institutionId } }))?.dataProtectionContact,
    ).toBe("");
    for (const contact of [
      "Jane Doe, dpo@school.dk",
      "Data protection officer: +45 12 34 56 78",
      "https://school.example/privacy",
    ]) {
      const state = await submit(admin, saveSettingsFromForm, {
        ...settings,
        name: "Action School",
        dataProtectionContact: `  ${contact}  `,
      });
      expect(state).toMatchObject({ status: "success" });
      expect(
        (await db.institution.findUnique({ where: { id: institutionId } }))?.dataProtectionContact,
      ).toBe(contact);
    }
  });

  it("let a coordinator create a group, then go back to the list", async () => {
    const before = (await counts()).groups;
    expect(await submit(coordinator, createGroupFromForm, { name: "Bakers 1D" })).toEqual({
      redirect: "/en/staff/groups?notice=created",
    });
    expect((await counts()).groups).toBe(before + 1);
  });

  it("let an admin invite, showing the link where mail is not delivered", async () => {
    const state = await submit(admin, invitePersonFromForm, {
      email: "New.Colleague@School.test",
      role: "COORDINATOR",
    });
    expect(state).toMatchObject({ status: "success", notice: "invited" });
    const link = "output" in state ? state.output?.link : undefined;
    expect(link).toMatch(/^http:\/\/localhost:\d+\/en\/staff\/invitation\/[\w-]{43}$/);
    expect(lastMailTo("new.colleague@school.test")?.text).toContain(link);
  });

  it("keep the last admin, with the reason on the form", async () => {
    const db = await getDb();
    const membership = await db.membership.findFirstOrThrow({
      where: { userId: admin.userId, institutionId },
    });
    const state = await submit(admin, changeRoleFromForm, {
      membershipId: membership.id,
      role: "TEACHER",
    });
    expect(state).toMatchObject({ status: "error", errors: { membershipId: "lastAdmin" } });
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe(
      "ADMIN",
    );
  });
});

describe("switching institution", () => {
  it("works only for an institution the person belongs to", async () => {
    const other = await createInstitution({ name: "Other School" });
    const foreign = await createInstitution({ name: "Foreign School" });
    const db = await getDb();
    await db.membership.create({
      data: { userId: teacher.userId, institutionId: other.id, role: "COORDINATOR" },
    });
    expect(await submit(teacher, switchInstitution, { institutionId: other.id })).toEqual({
      redirect: "/en/staff",
    });
    expect(fakeSession.institutionId).toBe(other.id);

    expect(await submit(teacher, switchInstitution, { institutionId: foreign.id })).toMatchObject({
      formError: "notFound",
    });
    expect(fakeSession.institutionId).toBe(institutionId);
  });
});
