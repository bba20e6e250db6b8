// The public surface as a client on the network sees it, against `npm start` with no proxy
// (TRUSTED_PROXY_HOPS=0): every page path, dots included, gets the script policy; a broken
// %-escape is a 404 page (a 400 problem under /api), never a 500; and a guesser of survey codes is stopped after 30 wrong
// ones, whatever X-Forwarded-For it makes up, on the round page's data, the poster and the QR
// code alike.
// Requests come from their own loopback addresses (127.0.0.x), so the guessing here does not
// use up the limits of the browser tests that share this server.
import { request as httpRequest } from "node:http";
import { expect, test } from "./fixtures";
import { startInsideOneCodeWindow } from "./rate-window";

const PORT = Number(process.env.E2E_PORT ?? 3210);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET from a chosen local address, with the path sent exactly as written. */
function get(path: string, from = "127.0.0.1", headers: Record<string, string> = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: PORT, path, localAddress: from, headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const scriptPolicy = (answer: Answer) =>
  String(answer.headers["content-security-policy"] ?? "")
    .replace(/'nonce-[^']+'/g, "'nonce'")
    .replace(/'sha256-[^']+'/g, "'hash'");

test.describe("every page path", () => {
  test("gets the same script policy with or without a dot", async () => {
    const plain = await get("/en/join/ABCDEF");
    expect(scriptPolicy(plain)).toMatch(/script-src [^;]*'nonce'/);
    for (const path of ["/en/join/AB.CD", "/fr/stories/x.y", "/en/a.b/c.d"]) {
      const dotted = await get(path);
      expect(dotted.status, path).toBeLessThan(500);
      expect(scriptPolicy(dotted), path).toBe(scriptPolicy(plain));
    }
    // Every round's address shows the one prerendered round page, whose scripts go by hash.
    const scripts = (answer: Answer) => /script-src [^;]*/.exec(scriptPolicy(answer))?.[0];
    const round = await get("/en/s/DEMO01");
    expect(scripts(round)).toMatch(/^script-src 'self'( 'hash')+$/);
    const dotted = await get("/en/s/DEMO.01");
    expect(dotted.status).toBe(200);
    expect(scripts(dotted)).toBe(scripts(round));
    expect(dotted.body).toBe(round.body);
  });

  test("answers a broken %-escape with a 400 or 404 page, never a 500", async () => {
    const broken = [
      "/en/%25",
      "/en/%",
      "/%",
      "/en/join/%E0%A4%A",
      "/en/stories/%C0%AF",
      "/en/s/%FF",
      "/fr/s/%E0%A4%A/poster",
      "/nb/%25%",
      "/en/join/%2",
      "/%ZZ",
    ];
    for (const path of broken) {
      const answer = await get(path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.headers["content-type"], path).toMatch(/text\/html/);
      expect(scriptPolicy(answer), path).toMatch(/script-src/);
    }
    for (const path of ["/api/v1/rounds/%E0%A4%A/qr.svg", "/api/v1/staff/groups/%E0"]) {
      const answer = await get(path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.headers["content-type"], path).toBe("application/problem+json");
    }
  });
});

test.describe("guessing survey codes", () => {
  test("stops a guesser on every route, whatever X-Forwarded-For it sends", async () => {
    const guesser = "127.0.0.77";
    await startInsideOneCodeWindow();
    for (let i = 0; i < 30; i++) {
      const route = [
        `/api/v1/rounds/ZZZ${i + 200}/qr.svg`,
        `/api/v1/rounds/ZZZ${i + 200}?locale=en`,
      ][i % 2]!;
      const miss = await get(route, guesser, { "x-forwarded-for": `198.51.100.${i}` });
      expect(miss.status, route).toBe(404);
    }
    const fresh = { "x-forwarded-for": "203.0.113.250", "x-belong-peer": "203.0.113.251" };
    const qr = await get("/api/v1/rounds/DEMO01/qr.svg", guesser, fresh);
    expect(qr.status).toBe(429);
    expect(qr.headers["content-type"]).toBe("application/problem+json");
    expect(qr.headers["retry-after"]).toMatch(/^[1-9]\d*$/);
    const round = await get("/api/v1/rounds/DEMO01?locale=en", guesser, fresh);
    expect(round.status).toBe(429);
    expect(JSON.parse(round.body)).toMatchObject({ code: "rate_limited" });
    const poster = await get("/fr/s/DEMO01/poster", guesser, fresh);
    expect(poster.body).toMatch(/Trop d&#x27;essais|Trop d'essais/);
    expect(poster.body).not.toContain("DEMO01/qr.svg");
    // The round's page itself is the same for every code: it tells a guesser nothing.
    const [right, wrong] = [await get("/en/s/DEMO01", guesser), await get("/en/s/ZZZ999")];
    expect(right.body).toBe(wrong.body);
    expect(right.body).not.toContain("DEMO01");
    // Another client, even one that claims the guesser's address, is not affected.
    const student = await get("/api/v1/rounds/DEMO01/qr.svg", "127.0.0.78", {
      "x-forwarded-for": guesser,
    });
    expect(student.status).toBe(200);
  });
});
