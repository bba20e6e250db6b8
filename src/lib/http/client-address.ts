// Which address a request came from, for rate limits. Only the connection's own address is a
// fact; X-Forwarded-For entries are whatever the sender wrote, except the ones our own proxies
// appended. So with TRUSTED_PROXY_HOPS = n, the client is the n-th address from the right of
// the chain "X-Forwarded-For entries, then the connection's address": 0 (no proxy) takes the
// connection itself, 1 the entry the one proxy (nginx) wrote, and so on. Anything further left
// may be made up and is never used.

/**
 * Header set by scripts/peer-address.mjs (loaded by `npm start`) to the connection's address,
 * overwriting anything a client sent under that name. Next route handlers do not see the
 * socket, and Next fills X-Forwarded-For with it only when the request had none.
 */
export const PEER_HEADER = "x-belong-peer";

const MAX_ENTRIES = 32;

/** The client's address by the rule above; "unknown" when the request carries none. */
export function clientAddress(headers: Pick<Headers, "get">, trustedHops: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .slice(-MAX_ENTRIES)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const peer = headers.get(PEER_HEADER)?.trim();
  // Without the peer header (`next dev`, tests), Next's own X-Forwarded-For is the connection.
  const chain = peer ? [...forwarded, peer] : forwarded;
  if (chain.length === 0) return "unknown";
  // Fewer entries than proxies: the request skipped a proxy; its leftmost entry is the closest.
  const entry = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return networkOf(entry);
}

/**
 * The unit a limit counts: an IPv4 address, or the /64 network of an IPv6 address (one
 * household or phone gets a whole /64 and could otherwise change address per request).
 */
export function networkOf(address: string): string {
  const bare = address
    .replace(/^\[|\](:\d+)?$/g, "")
    .replace(/%.*$/, "")
    .toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  if (/^\d+\.\d+\.\d+\.\d+(:\d+)?$/.test(bare)) return bare.replace(/:\d+$/, "");
  if (!bare.includes(":")) return bare.slice(0, 64);
  const [head = "", tail] = bare.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [
          ...left,
          ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"),
          ...right,
        ];
  return `${groups
    .slice(0, 4)
    .map((g) => (g.replace(/^0+(?=.)/, "") || "0").slice(0, 4))
    .join(":")}::/64`;
}
