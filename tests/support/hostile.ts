// Generators of hostile request bodies for property-based tests of the public JSON endpoints.
import fc from "fast-check";

/** Strings chosen to break naive code: markup, SQL, bidi and zero-width, lone surrogates, NUL. */
export const FRAGMENTS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE advice; --",
  "' OR '1'='1",
  "\u202Eevil\u202C",
  "\u200B\u200C\u200D\uFEFF",
  "\u05D0\u05D1\u0627\u0644",
  "\uD800",
  "\uDFFF",
  "a\u0000b",
  "\u0000",
  '=HYPERLINK("http://x")',
  "${7*7}{{7*7}}",
  "../../etc/passwd",
  "🧑🏽‍🔧".repeat(50),
  "",
  " ",
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const hostileString = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: codeUnit, maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => "x".repeat(n)),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, 0.5, [], {}),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 5 }),
);

const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

/** A body as text plus the content type it is sent with. */
export interface RawBody {
  text: string;
  contentType: string;
}

const json = (text: string): RawBody => ({ text, contentType: "application/json" });

/** Bodies of every hostile kind; `valid` makes an acceptable body to mutate. */
export function hostileBodies(valid: () => Record<string, unknown>): fc.Arbitrary<RawBody> {
  const keys = Object.keys(valid());
  const mutated = fc
    .record({
      key: fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...DANGEROUS_KEYS)),
      value: hostileValue,
      drop: fc.boolean(),
    })
    .map(({ key, value, drop }) => {
      const body = valid();
      if (drop) delete body[key];
      // Built as text, so "__proto__" stays an own key of the JSON, as an attacker sends it.
      const entries = Object.entries(body).map(
        ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`,
      );
      entries.push(`${JSON.stringify(key)}:${JSON.stringify(value) ?? "null"}`);
      return json(`{${entries.join(",")}}`);
    });
  const pollution = fc
    .record({ key: fc.constantFrom(...DANGEROUS_KEYS), value: hostileValue })
    .map(({ key, value }) =>
      json(`{${JSON.stringify(key)}:{"polluted":true,"isAdmin":${JSON.stringify(value) ?? "1"}}}`),
    );
  const deep = fc
    .record({ depth: fc.integer({ min: 10, max: 8_000 }), open: fc.constantFrom("[", '{"a":') })
    .map(({ depth, open }) =>
      json(open.repeat(depth) + "1" + (open === "[" ? "]" : "}").repeat(depth)),
    );
  const anyJson = fc.jsonValue().map((v) => json(JSON.stringify(v)));
  const malformed = fc
    .oneof(fc.string({ unit: codeUnit, maxLength: 80 }), fc.constantFrom("{", '{"a":}', "nul", ""))
    .map(json);
  const wrongType = fc
    .record({
      contentType: fc.constantFrom(
        "text/plain",
        "",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json-patch+json",
        "text/html",
      ),
      text: fc.constant(JSON.stringify(valid())),
    })
    .map(({ contentType, text }): RawBody => ({ contentType, text }));
  const oversized = fc
    .integer({ min: 16 * 1024 + 1, max: 200_000 })
    .map((n) => json(JSON.stringify({ ...valid(), text: "y".repeat(n) })));
  return fc.oneof(
    { arbitrary: mutated, weight: 5 },
    { arbitrary: pollution, weight: 1 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: anyJson, weight: 2 },
    { arbitrary: malformed, weight: 1 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: oversized, weight: 1 },
  );
}
