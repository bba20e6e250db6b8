import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError, clientKey, enforceRateLimit, hitRateLimit } from "@/lib/http";

const rule = { name: "test", limit: 3, windowSeconds: 60 };

describe("rate limits in the database", () => {
  it("allows up to the limit in a window, then refuses with the time to wait", async () => {
    const now = new Date("2026-11-23T10:00:10Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(rule, "client-a", now));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBe(50);
    expect((await hitRateLimit(rule, "client-b", now)).allowed).toBe(true);
  });

  it("starts afresh in the next window", async () => {
    const first = new Date("2026-11-23T11:00:00Z");
    for (let i = 0; i < 4; i++) await hitRateLimit(rule, "client-c", first);
    expect((await hitRateLimit(rule, "client-c", new Date("2026-11-23T11:01:00Z"))).allowed).toBe(
      true,
    );
  });

  it("counts concurrent requests exactly (one atomic upsert each)", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => hitRateLimit({ ...rule, limit: 10 }, "client-d", now)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const db = await getDb();
    const row = await db.rateLimit.findFirst({ where: { key: "test:client-d" } });
    expect(row?.count).toBe(20);
  });

  it("throws a 429 with Retry-After over the limit", async () => {
    for (let i = 0; i < 3; i++) await enforceRateLimit(rule, "client-e");
    const error = await enforceRateLimit(rule, "client-e").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(429);
    expect((error as AppError).options.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("keys a client by its connection unless proxies are trusted", () => {
    const peer = (address: string, forwarded: string) =>
      new Request("http://x/", {
        headers: { "x-belong-peer": address, "x-forwarded-for": forwarded },
      });
    // No proxy: a made-up X-Forwarded-For changes nothing.
    expect(clientKey(peer("198.51.100.4", "203.0.113.1"), 0)).toBe(
      clientKey(peer("198.51.100.4", "203.0.113.2"), 0),
    );
    // One proxy: the address it wrote is the client, the one before it is ignored.
    expect(clientKey(peer("127.0.0.1", "1.1.1.1, 198.51.100.4"), 1)).toBe(
      clientKey(peer("127.0.0.1", "2.2.2.2, 198.51.100.4"), 1),
    );
    expect(clientKey(peer("127.0.0.1", "198.51.100.4"), 1)).not.toBe(
      clientKey(peer("127.0.0.1", "198.51.100.5"), 1),
    );
    // Two proxies.
    expect(clientKey(peer("10.0.0.2", "9.9.9.9, 198.51.100.4, 10.0.0.1"), 2)).toBe(
      clientKey(peer("10.0.0.2", "8.8.8.8, 198.51.100.4, 10.0.0.1"), 2),
    );
  });

  it("keys clients by a hash that holds no address", () => {
    const request = new Request("http://x/", {
      headers: { "x-forwarded-for": "203.0.113.7, 10.0.0.1" },
    });
    const key = clientKey(request);
    expect(key).toHaveLength(16);
    expect(key).not.toContain("203");
    expect(
      clientKey(new Request("http://x/", { headers: { "x-forwarded-for": "203.0.113.8" } })),
    ).not.toBe(key);
  });
});
