import { describe, expect, it } from "vitest";
import { badAddressResponse, isDecodablePath } from "./bad-address";

describe("isDecodablePath", () => {
  it("accepts ordinary and properly escaped paths", () => {
    for (const path of ["/en", "/en/join/AB.CD", "/fr/stories/caf%C3%A9", "/en/s/DEMO%2001"]) {
      expect(isDecodablePath(path), path).toBe(true);
    }
  });

  it("refuses escapes that do not decode, also once decoded (Next decodes twice)", () => {
    for (const path of ["/en/%", "/en/%25", "/en/join/%E0%A4%A", "/en/%C0%AF", "/%ZZ", "/en/%2"]) {
      expect(isDecodablePath(path), path).toBe(false);
    }
  });
});

describe("badAddressResponse", () => {
  it("is the 404 page in the address's language", async () => {
    const response = badAddressResponse("/fr/join/%E0");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('href="/fr"');
    expect(badAddressResponse("/%").status).toBe(404);
  });

  it("is a 400 problem+json under /api", async () => {
    const response = badAddressResponse("/api/v1/rounds/%E0/qr.svg");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(((await response.json()) as { code: string }).code).toBe("bad_request");
  });
});
