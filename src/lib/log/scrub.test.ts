import { describe, expect, it } from "vitest";
import { scrubError, scrubMessage, scrubPath } from "./scrub";

describe("scrubPath", () => {
  it("keeps the words of a route and replaces codes, ids and anything odd", () => {
    expect(scrubPath("/api/v1/survey-responses")).toBe("/api/v1/survey-responses");
    expect(scrubPath("/api/v1/sessions/K7QX2M/join")).toBe("/api/v1/sessions/:id/join");
    expect(scrubPath("/api/v1/rounds/DEMO01/qr.svg")).toBe("/api/v1/rounds/:id/qr.svg");
    expect(scrubPath("/api/v1/staff/groups/cm3x9a0b10000abcd")).toBe("/api/v1/staff/groups/:id");
    expect(scrubPath("/api/v1/I%20feel%20alone")).toBe("/api/v1/:id");
    expect(scrubPath("/api/v1/secret")).toBe("/api/v1/secret");
  });
});

describe("scrubMessage and scrubError", () => {
  it("keep an error's first line only, cut short, and its stack frames without the message", () => {
    const error = new Error("Invalid call:\n{ text: 'my private words' }");
    const scrubbed = scrubError(error);
    expect(scrubbed.message).toBe("Invalid call:");
    expect(scrubbed.stack).toMatch(/^at /);
    expect(JSON.stringify(scrubbed)).not.toContain("private");
    expect(scrubMessage("x".repeat(500))).toHaveLength(201);
    expect(scrubMessage("\n\n  second  \nthird")).toBe("second");
  });

  it("keeps a short code and scrubs the cause too", () => {
    const error = Object.assign(new Error("outer", { cause: new Error("inner\nsecret") }), {
      code: "P2002",
    });
    expect(scrubError(error)).toMatchObject({
      type: "Error",
      code: "P2002",
      cause: { message: "inner" },
    });
    expect(scrubError("just a string")).toEqual({ type: "string", message: "(not an Error)" });
  });
});
