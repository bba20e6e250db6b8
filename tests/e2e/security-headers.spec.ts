import { expect, test } from "./fixtures";

test.describe("security headers", () => {
  test("every page refuses framing and sniffing and keeps the microphone off", async ({
    request,
  }) => {
    for (const path of ["/en", "/fr/some/missing/page", "/api/health"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("microphone=()");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });

  test("writing pages may use the microphone", async ({ request }) => {
    for (const path of ["/en/pathway", "/da/join/ABC123", "/nb/s/DEMO01"]) {
      const response = await request.get(path);
      expect(response.headers()["permissions-policy"], path).toContain("microphone=(self)");
    }
  });
});
