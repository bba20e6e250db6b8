// The messages a page sends to the browser, compiled on the server (icu-minify, as next-intl's
// precompile option does): the browser then formats them with use-intl's small interpreter
// instead of intl-messageformat and its ICU parser, about 9 kB less on every page. next.config.ts
// points the browser's `use-intl/format-message` at that interpreter; the server formats both
// kinds (src/i18n/format-message.ts).
import compile from "icu-minify/compile";

/** Every string of `messages` compiled, the nesting kept. */
export function compileMessages<T>(messages: T): T {
  // Through JSON: the compiler's objects have no prototype, which React will not send.
  if (typeof messages === "string") return JSON.parse(JSON.stringify(compile(messages))) as T;
  if (typeof messages !== "object" || messages === null) return messages;
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, compileMessages(value)]),
  ) as T;
}
