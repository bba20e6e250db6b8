// The strings each page sends to the browser: student pages carry only student namespaces (no
// staff, dashboard or mail strings inlined in their HTML), and their client components still
// find every string they show (the fixture fails on next-intl's MISSING_MESSAGE, so the
// pathway, survey, classroom and staff specs check that along their whole walk).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { inlinedNamespaces } from "../../src/i18n/inlined-namespaces";
import { isLocale } from "../../src/i18n/locales";
import { STUDENT_NAMESPACES } from "../../src/i18n/student-namespaces";
import { expect, test } from "./fixtures";

const NOT_STUDENT = readdirSync(join(process.cwd(), "messages", "en"))
  .map((file) => file.replace(/\.json$/, ""))
  .filter((namespace) => !(STUDENT_NAMESPACES as readonly string[]).includes(namespace));

const STUDENT_PAGES = [
  { path: "/en", heading: /Everyone wonders at first/ },
  { path: "/en/stories", heading: /stories/i },
  { path: "/en/stories/ahmed-warehouse", heading: /./ },
  { path: "/en/pathway", heading: /./ },
  { path: "/fr/s/DEMO01", heading: /./ },
  { path: "/en/join", heading: /./ },
  { path: "/nb/privacy", heading: /./ },
];

test.describe("messages sent to the browser", () => {
  for (const { path, heading } of STUDENT_PAGES) {
    test(`${path} sends no staff strings and works`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const html = await response!.text();
      const locale = path.split("/")[1];
      if (!isLocale(locale)) throw new Error(`${path} has no locale`);
      expect(inlinedNamespaces(html, locale, NOT_STUDENT)).toEqual([]);
      // The frame's strings are there: the language switcher and the error view read them.
      expect(inlinedNamespaces(html, locale, ["common", "errors"])).toEqual(["common", "errors"]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("navigation").first()).toBeVisible();
    });
  }

  test("the staff sign-in page gets its own strings, not the student pages'", async ({ page }) => {
    const response = await page.goto("/en/staff/sign-in");
    const html = await response!.text();
    expect(inlinedNamespaces(html, "en", ["staffAuth"])).toEqual(["staffAuth"]);
    expect(inlinedNamespaces(html, "en", ["pathway", "survey", "classroomJoin"])).toEqual([]);
    await expect(page.getByRole("button", { name: /sign in/i }).first()).toBeVisible();
  });
});
