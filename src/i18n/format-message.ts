// use-intl's message formatter on the server, where `use-intl/format-message` resolves to this
// module (next.config.ts). Server components format the messages as written, with
// intl-messageformat; client components rendered on the server format the compiled messages
// their provider received (src/i18n/compiled-messages.ts), as the browser does.
import formatCompiled from "use-intl/format-message/format-only";
// By file, since the package's own name leads back here. It has no types of its own: it is
// `use-intl/format-message`, typed as the compiled formatter below.
// @ts-expect-error -- see above
import formatWritten from "../../node_modules/use-intl/dist/esm/production/format-message/index.js";

type Format = typeof formatCompiled;

const formatMessage = ((...args: Parameters<Format>) => {
  const message: unknown = args[1];
  // A compiled message is an array (or a number for `#`); a plain string compiles to itself.
  return Array.isArray(message) || typeof message === "number"
    ? formatCompiled(...args)
    : (formatWritten as Format)(...args);
}) as Format & { raw: boolean };
// `t.raw` works on the server, as before.
formatMessage.raw = true;

export default formatMessage;
