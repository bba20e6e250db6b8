import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectPath } from "./callback-url";

const HOME = "/en/staff";

describe("safeCallbackPath", () => {
  it.each([
    ["/en/staff/groups", "/en/staff/groups"],
    ["/da/staff/groups/abc?tab=teachers#top", "/da/staff/groups/abc?tab=teachers#top"],
    ["/en/present/xyz", "/en/present/xyz"],
    ["/en/staff/../staff/people", "/en/staff/people"],
  ])("keeps the same-origin path %s", (input, expected) => {
    expect(safeCallbackPath(input, HOME)).toBe(expected);
  });

  it.each([
    "https://evil.example/en/staff",
    "http://localhost:3000/en/staff",
    "//evil.example/path",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "en/staff",
    "",
    "/api/auth/signout",
    "/api",
    "/" + "a".repeat(3000),
  ])("refuses %j", (input) => {
    expect(safeCallbackPath(input, HOME)).toBe(HOME);
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 42, ["/en/staff"], { url: "/" }]) {
      expect(safeCallbackPath(value, HOME)).toBe(HOME);
    }
  });
});

describe("safeRedirectPath", () => {
  const site = "http://localhost:3000";

  it("turns an absolute URL of this site into its path", () => {
    expect(safeRedirectPath("http://localhost:3000/fr/staff?x=1", site, HOME)).toBe(
      "/fr/staff?x=1",
    );
  });

  it("refuses another origin, even one that starts like ours", () => {
    for (const url of [
      "http://localhost:3001/en/staff",
      "https://localhost:3000/en/staff",
      "http://localhost:3000.evil.example/en/staff",
      "http://evil.example/http://localhost:3000/en/staff",
    ]) {
      expect(safeRedirectPath(url, site, HOME)).toBe(HOME);
    }
  });

  it("checks relative paths like safeCallbackPath", () => {
    expect(safeRedirectPath("/en/staff/people", site, HOME)).toBe("/en/staff/people");
    expect(safeRedirectPath("//evil.example", site, HOME)).toBe(HOME);
    expect(safeRedirectPath(undefined, site, HOME)).toBe(HOME);
    expect(safeRedirectPath("not a url", site, HOME)).toBe(HOME);
  });
});
