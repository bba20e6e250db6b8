// The one maker of random UUIDs on the device: a submit's id, resent with every retry.
/** The parts of Web Crypto a submission id needs (randomUUID is missing on insecure pages). */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

/**
 * A random UUID (v4) for a submission. crypto.randomUUID exists only on secure pages (https or
 * localhost); a school server reached over plain http on its network still gets a good id
 * from crypto.getRandomValues.
 */
export function newSubmissionId(crypto: RandomSource = globalThis.crypto): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
