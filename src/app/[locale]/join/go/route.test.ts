import { describe, expect, it } from "vitest";
import { GET } from "./route";

async function go(locale: string, query: string) {
  const request = new Request(`http://localhost:3000/${locale}/join/go${query}`);
  return GET(request, { params: Promise.resolve({ locale }) });
}

describe("the join form sent without JavaScript", () => {
  it("goes on to the session of the code as typed on the board, written the way codes are", async () => {
    const answer = await go("fr", "?code=%20ab-c%E2%80%9112%20");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/fr/join/ABC12");
  });

  it("goes back to the form when nothing was typed", async () => {
    for (const query of ["", "?code=", "?code=%20-%20"]) {
      const answer = await go("da", query);
      expect(answer.status, query).toBe(303);
      expect(answer.headers.get("location"), query).toBe("/da/join");
    }
  });

  it("keeps whatever else was typed inside the session's path, for its page to refuse", async () => {
    const answer = await go(
      "en",
      `?code=${encodeURIComponent("../../staff?x=1#y")}${"Z".repeat(60)}`,
    );
    const location = answer.headers.get("location") ?? "";
    expect(location.startsWith("/en/join/")).toBe(true);
    expect(location.slice("/en/join/".length)).not.toMatch(/[/?#]/);
    expect(location.length).toBeLessThan("/en/join/".length + 3 * 40);
  });

  it("knows no other language", async () => {
    const answer = await go("de", "?code=ABC123");
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toContain("text/html");
    expect(await answer.text()).toContain("<h1>");
  });
});
