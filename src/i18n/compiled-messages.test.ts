// The browser formats compiled messages with use-intl's small interpreter, the server formats
// the written ones with intl-messageformat: every message of every locale has to read the same
// both ways, or a student would see different words before and after the page hydrates.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { compileMessages } from "./compiled-messages";
import formatMessage from "./format-message";
import { locales } from "./locales";
import { loadMessages } from "./messages";

type Values = Record<string, string | number>;

/** Values for every argument of a message: `n` for counts, a select's first case. */
function valuesOf(elements: MessageFormatElement[], n: number, values: Values = {}): Values {
  for (const element of elements) {
    if (element.type === TYPE.argument) values[element.value] = `«${element.value}»`;
    if (element.type === TYPE.number) values[element.value] = n;
    if (element.type === TYPE.plural) {
      values[element.value] = n;
      for (const option of Object.values(element.options)) valuesOf(option.value, n, values);
    }
    if (element.type === TYPE.select) {
      const [first, option] = Object.entries(element.options)[0]!;
      values[element.value] = first;
      valuesOf(option.value, n, values);
    }
  }
  return values;
}

/** Every message of `tree` by its key (a compiled message may be an array). */
function leaves<T>(tree: unknown, path = ""): [string, T][] {
  if (typeof tree !== "object" || tree === null || Array.isArray(tree)) return [[path, tree as T]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, path ? `${path}.${key}` : key),
  );
}

describe("compiled messages", () => {
  it.each(locales)("read the same as the written ones in %s", (locale) => {
    const written = loadMessages(locale);
    const compiled = compileMessages(written);
    const options = {
      cache: _createCache(),
      formatters: _createIntlFormatters(_createCache()),
      locale,
      timeZone: "Europe/Copenhagen",
    };
    const format = (key: string, message: unknown, values: Values) => {
      try {
        return formatMessage(key, message as string, values, options as never);
      } catch (error) {
        throw new Error(`${key}: ${JSON.stringify(message)} ${JSON.stringify(values)}: ${error}`);
      }
    };
    const compiledLeaves = new Map(leaves<unknown>(compiled));
    for (const [key, message] of leaves<string>(written)) {
      for (const n of [0, 1, 2, 5]) {
        const values = valuesOf(parse(message), n);
        expect(format(key, compiledLeaves.get(key), values), key).toBe(
          format(key, message, values),
        );
      }
    }
  });

  it("can be sent from a server component to the browser", () => {
    const compiled = compileMessages({ a: "{count, plural, one {# story} other {# stories}}" });
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
    expect(Object.getPrototypeOf((compiled.a as unknown as unknown[])[0])).toBe(Array.prototype);
  });
});
