// The last-resort error page renders on its own (no request, no layout): a whole document in
// the default language with Belong's own words, never Next's English default page.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import errors from "../../messages/en/errors.json";
import GlobalError from "./global-error";

describe("global-error", () => {
  it("is a whole page in the default language with a way to try again and a way home", () => {
    const html = renderToStaticMarkup(createElement(GlobalError));
    expect(html).toMatch(/^<html lang="en"/);
    for (const text of [errors.errorTitle, errors.errorText, errors.tryAgain, errors.backHome]) {
      expect(html).toContain(text.replaceAll("'", "&#x27;"));
    }
    expect(html).toContain('href="/"');
  });

  it("shows its messages as they are written: they hold no ICU arguments or escapes", () => {
    // The page reads errors.json without a translator; an argument or a quoted brace would
    // show up raw on the screen.
    for (const key of ["errorTitle", "errorText", "tryAgain", "backHome"] as const) {
      expect(errors[key]).not.toMatch(/[{}<>#]|''|'[{}<>#|]/);
    }
  });
});
