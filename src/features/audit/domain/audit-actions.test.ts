import { describe, expect, it } from "vitest";
import en from "../../../../messages/en/staffAudit.json";
import { AUDIT_ACTIONS } from "./audit-actions";

describe("audit actions", () => {
  it("are listed once each", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  // The other locales are held to en's keys by src/i18n/messages.test.ts.
  it("each have words on the audit page, so no staff member reads a raw action name", () => {
    const labelled = Object.keys(en.actions);
    expect(AUDIT_ACTIONS.filter((action) => !labelled.includes(action))).toEqual([]);
    expect(
      labelled.filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action)),
    ).toEqual([]);
  });
});
