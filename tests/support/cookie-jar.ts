// Stands in for next/headers in integration tests of route handlers that use cookies:
// `vi.mock("next/headers", () => import("../support/cookie-jar"))`. One jar per test file,
// like one browser; clear it to be a new device.
export const jar = new Map<string, string>();

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      // An expired cookie is a deleted one, as a browser treats it.
      if (options?.maxAge === 0) jar.delete(name);
      else jar.set(name, value);
    },
  };
}

export async function headers() {
  return new Headers();
}
