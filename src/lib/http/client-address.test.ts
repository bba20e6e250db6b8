import { describe, expect, it } from "vitest";
import { clientAddress, networkOf, PEER_HEADER } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress behind `npm start` (the connection's address is known)", () => {
  it("with no proxy (0 hops) uses the connection and ignores every forwarded header", () => {
    const direct = headers({ [PEER_HEADER]: "198.51.100.4" });
    expect(clientAddress(direct, 0)).toBe("198.51.100.4");
    const spoofed = headers({
      [PEER_HEADER]: "198.51.100.4",
      "x-forwarded-for": "203.0.113.1, 203.0.113.2",
      "x-real-ip": "203.0.113.3",
    });
    expect(clientAddress(spoofed, 0)).toBe("198.51.100.4");
  });

  it("with one proxy takes the entry that proxy wrote, whatever the client put before it", () => {
    const viaNginx = headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "198.51.100.4" });
    expect(clientAddress(viaNginx, 1)).toBe("198.51.100.4");
    // nginx with $proxy_add_x_forwarded_for appends to what the client sent.
    const appended = headers({
      [PEER_HEADER]: "127.0.0.1",
      "x-forwarded-for": "203.0.113.66, 1.2.3.4, 198.51.100.4",
    });
    expect(clientAddress(appended, 1)).toBe("198.51.100.4");
  });

  it("with two proxies takes the entry the outer one wrote", () => {
    const chain = headers({
      [PEER_HEADER]: "10.0.0.2",
      "x-forwarded-for": "203.0.113.66, 198.51.100.4, 10.0.0.1",
    });
    expect(clientAddress(chain, 2)).toBe("198.51.100.4");
    expect(clientAddress(chain, 1)).toBe("10.0.0.1");
    expect(clientAddress(chain, 0)).toBe("10.0.0.2");
  });

  it("uses the leftmost address when a request passed fewer proxies than configured", () => {
    expect(clientAddress(headers({ [PEER_HEADER]: "198.51.100.4" }), 2)).toBe("198.51.100.4");
  });

  it("cannot be steered by many forwarded entries", () => {
    const flood = Array.from({ length: 1000 }, (_, i) => `10.1.${i % 250}.${i % 200}`).join(",");
    const request = headers({ [PEER_HEADER]: "198.51.100.4", "x-forwarded-for": flood });
    expect(clientAddress(request, 0)).toBe("198.51.100.4");
  });
});

describe("clientAddress without the peer header (next dev, tests)", () => {
  it("reads Next's own X-Forwarded-For, which holds the connection", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.4" }), 0)).toBe("198.51.100.4");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.1, 10.0.0.1" }), 0)).toBe(
      "10.0.0.1",
    );
    expect(clientAddress(headers({}), 0)).toBe("unknown");
  });
});

describe("networkOf", () => {
  it("keeps IPv4 addresses and unwraps mapped ones", () => {
    expect(networkOf("203.0.113.7")).toBe("203.0.113.7");
    expect(networkOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(networkOf("203.0.113.7:51234")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, however it writes the address", () => {
    const network = "2001:db8:85a3:8d3::/64";
    expect(networkOf("2001:db8:85a3:8d3:1319:8a2e:370:7348")).toBe(network);
    expect(networkOf("2001:0DB8:85a3:08d3::1")).toBe(network);
    expect(networkOf("[2001:db8:85a3:8d3::beef]")).toBe(network);
    expect(networkOf("2001:db8:85a3:8d3::1%eth0")).toBe(network);
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
  });
});
