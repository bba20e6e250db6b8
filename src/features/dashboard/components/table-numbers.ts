import { getLocale } from "next-intl/server";

/**
 * The number formats of the results tables, each made once per table. next-intl's formatter
 * looks its Intl formatter up on every call (serialising the call to a cache key), and a page
 * of 25 groups over 8 rounds formats hundreds of numbers; the output is the same.
 */
export async function tableNumbers() {
  const locale = await getLocale();
  const made = (options: Intl.NumberFormatOptions) => {
    const format = new Intl.NumberFormat(locale, options);
    return (value: number) => format.format(value);
  };
  return {
    count: made({}),
    one: made({ maximumFractionDigits: 1 }),
    signedOne: made({ maximumFractionDigits: 1, signDisplay: "exceptZero" }),
    percent: made({ style: "percent", maximumFractionDigits: 0 }),
  };
}

/** A message per distinct value, formatted once: a table repeats the same few counts. */
export function oncePerValue<T>(message: (value: T) => string): (value: T) => string {
  const known = new Map<T, string>();
  return (value) => {
    let text = known.get(value);
    if (text === undefined) {
      text = message(value);
      known.set(value, text);
    }
    return text;
  };
}
