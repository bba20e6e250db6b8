// The groups JSON endpoints (/api/v1/staff/groups): each declares its permission, answers
// problem+json, and refuses a teacher's write or another site's post without changing anything.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { StaffContext } from "@/features/access/server";
import { GET as listGroupsRoute, POST as createGroupRoute } from "@/app/api/v1/staff/groups/route";
import { GET as getGroupRoute } from "@/app/api/v1/staff/groups/[id]/route";
import { createGroup, createInstitution, createSignedInStaff } from "../support/factories";
import { fakeSession } from "../support/fake-session";
import { institutionSnapshot } from "../support/staff-checks";

vi.mock("@/features/access/server/session", () => import("../support/fake-session"));

let institutionId: string;
let coordinator: StaffContext;
let teacher: StaffContext;
let taught: string;
let notTaught: string;

beforeAll(async () => {
  institutionId = (await createInstitution()).id;
  coordinator = (await createSignedInStaff(institutionId, "COORDINATOR")).ctx;
  teacher = (await createSignedInStaff(institutionId, "TEACHER")).ctx;
  taught = (await createGroup(institutionId, { name: "Taught" })).id;
  notTaught = (await createGroup(institutionId, { name: "Not taught" })).id;
  const db = await getDb();
  await db.groupTeacher.create({ data: { groupId: taught, userId: teacher.userId } });
});

describe("the groups JSON endpoint", () => {
  const url = "http://localhost:3000/api/v1/staff/groups";
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    createGroupRoute(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
    );

  it("answers a teacher's create with a problem+json 404 and creates nothing", async () => {
    fakeSession.userId = teacher.userId;
    const before = await institutionSnapshot(institutionId);
    const response = await post({ name: "Sneaky" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(((await response.json()) as { code: string }).code).toBe("not_found");
    expect(await institutionSnapshot(institutionId)).toBe(before);
  });

  it("shows a teacher only the groups they teach", async () => {
    fakeSession.userId = teacher.userId;
    const body = (await (await listGroupsRoute(new Request(url))).json()) as {
      groups: { id: string }[];
    };
    expect(body.groups.map((g) => g.id)).toEqual([taught]);
    const item = (id: string) =>
      getGroupRoute(new Request(`${url}/${id}`), { params: Promise.resolve({ id }) });
    expect((await item(taught)).status).toBe(200);
    const other = await item(notTaught);
    expect(other.status).toBe(404);
    expect(other.headers.get("content-type")).toBe("application/problem+json");
  });

  it("creates a group for a coordinator, and names invalid fields", async () => {
    fakeSession.userId = coordinator.userId;
    const created = await post({ name: "Welders 1A", expectedSize: 12, startDate: "2026-08-17" });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ name: "Welders 1A", expectedSize: 12 });
    const invalid = await post({ name: "", expectedSize: 0, startDate: "2026-02-30" });
    expect(invalid.status).toBe(422);
    const problem = (await invalid.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field).sort()).toEqual([
      "expectedSize",
      "name",
      "startDate",
    ]);
  });

  it("refuses a write from another site", async () => {
    fakeSession.userId = coordinator.userId;
    const before = await institutionSnapshot(institutionId);
    const response = await post(
      { name: "Cross-site" },
      { origin: "https://evil.example", host: "localhost:3000" },
    );
    expect(response.status).toBe(403);
    expect(await institutionSnapshot(institutionId)).toBe(before);
  });

  it("answers 401 when signed out", async () => {
    fakeSession.userId = undefined;
    const response = await listGroupsRoute(new Request(url));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
