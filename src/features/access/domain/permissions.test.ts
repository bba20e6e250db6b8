import { describe, expect, it } from "vitest";
import {
  can,
  groupVisibility,
  holds,
  isGrantable,
  PERMISSIONS,
  permissionsOf,
  STAFF_ROLES,
  type Permission,
  type StaffRole,
} from "./permissions";

// The table written out by hand, so a change to permissions.ts must change this too.
const EXPECTED: Record<StaffRole, Record<Permission, boolean>> = {
  ADMIN: {
    "groups:read": true,
    "groups:write": true,
    "people:manage": true,
    "settings:manage": true,
    "audit:read": true,
    "rounds:manage": true,
    "results:read": true,
    "advice:moderate": true,
    "safeguarding:handle": true,
    "classroom:run": true,
    "export:aggregate": true,
    "export:responses": true,
    "stories:write": true,
    "stories:review": true,
  },
  COORDINATOR: {
    "groups:read": true,
    "groups:write": true,
    "people:manage": false,
    "settings:manage": false,
    "audit:read": false,
    "rounds:manage": true,
    "results:read": true,
    "advice:moderate": true,
    "safeguarding:handle": true,
    "classroom:run": true,
    "export:aggregate": true,
    "export:responses": false,
    "stories:write": true,
    "stories:review": true,
  },
  TEACHER: {
    "groups:read": true,
    "groups:write": false,
    "people:manage": false,
    "settings:manage": false,
    "audit:read": false,
    "rounds:manage": false,
    "results:read": false,
    "advice:moderate": false,
    "safeguarding:handle": false,
    "classroom:run": true,
    "export:aggregate": false,
    "export:responses": false,
    "stories:write": false,
    "stories:review": false,
  },
};

describe("the permission table", () => {
  it("covers every permission for every role", () => {
    for (const role of STAFF_ROLES) {
      expect(Object.keys(EXPECTED[role]).sort()).toEqual([...PERMISSIONS].sort());
    }
  });

  for (const role of STAFF_ROLES) {
    for (const permission of PERMISSIONS) {
      const allowed = EXPECTED[role][permission];
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("lists a role's permissions in table order", () => {
    expect(permissionsOf("TEACHER")).toEqual(["groups:read", "classroom:run"]);
    expect(permissionsOf("ADMIN")).toEqual([...PERMISSIONS]);
  });

  it("fails closed on an unknown role", () => {
    for (const role of ["OWNER", "admin", "", undefined, null, 1, {}, "__proto__", "toString"]) {
      for (const permission of PERMISSIONS) expect(can(role, permission)).toBe(false);
      expect(permissionsOf(role)).toEqual([]);
    }
  });

  it("fails closed on an unknown permission", () => {
    for (const permission of ["groups:delete", "GROUPS:READ", "*", "", undefined, null, 7]) {
      for (const role of STAFF_ROLES) expect(can(role, permission)).toBe(false);
    }
  });

  it("narrows group reading to assigned groups for teachers", () => {
    expect(groupVisibility("ADMIN")).toBe("all");
    expect(groupVisibility("COORDINATOR")).toBe("all");
    expect(groupVisibility("TEACHER")).toBe("assigned");
    expect(groupVisibility("STUDENT")).toBe("none");
    expect(groupVisibility(undefined)).toBe("none");
  });

  it("lets a teacher hold what was given to them, writing stories only, and nothing else", () => {
    const allowed = { role: "TEACHER", grants: ["stories:write"] };
    expect(holds(allowed, "stories:write")).toBe(true);
    expect(holds(allowed, "stories:review")).toBe(false);
    expect(holds({ role: "TEACHER" }, "stories:write")).toBe(false);
    // A grant the role may not receive, or any other permission, counts for nothing.
    const overreach = { role: "TEACHER", grants: ["people:manage", "stories:review", "*"] };
    for (const permission of PERMISSIONS) {
      expect(holds(overreach, permission)).toBe(can("TEACHER", permission));
    }
    expect(holds({ role: "OWNER", grants: ["stories:write"] }, "stories:write")).toBe(false);
    expect(holds({ role: "COORDINATOR", grants: [] }, "stories:review")).toBe(true);
    expect(isGrantable("TEACHER", "stories:write")).toBe(true);
    expect(isGrantable("COORDINATOR", "stories:write")).toBe(false);
  });
});
