// A coordinator of the demo college reviews last cohort's results (a small group suppressed,
// the change since the baseline in words), downloads them, approves advice and resolves a
// safeguarding flag. axe scans every page and every state the test ends on.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { checkA11y, expect, test } from "./fixtures";
import { COORDINATOR, signIn } from "./staff-sign-in";

/** The page's own notice (the app frame also has an empty live region for toasts). */
function notice(page: Page) {
  return page.getByRole("status").filter({ hasText: /\S/ });
}

test.describe("coordinator dashboards", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("a coordinator reviews a round, narrows it to a group and downloads the results", async ({
    page,
  }) => {
    await signIn(page, COORDINATOR);
    await page.getByRole("link", { name: "Results" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
    await checkA11y(page);

    // The latest answered round is shown first, with the new flag on the first screen.
    await expect(page.getByText("Last cohort: follow-up: all groups")).toBeVisible();
    await expect(notice(page)).toContainText("1 new safeguarding flag needs attention");
    const groups = page.getByRole("table", { name: "Results by group" });
    await expect(groups.getByRole("row", { name: /Chefs 1C/ })).toContainText(
      "fewer than 5 responses",
    );
    await expect(groups.getByRole("row", { name: /Electricians 1A/ })).not.toContainText("fewer");
    const change = page.locator("#change");
    await expect(change).toContainText(/Belonging (rose|fell) by [\d.]+ points\./);
    await expect(change).toContainText(/With n = \d+, the change could be anywhere from/);
    await expect(page.getByRole("table", { name: "Mean belonging score by round" })).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Favourable answers per question" }),
    ).toBeVisible();

    await page.getByLabel("Group", { exact: true }).selectOption({ label: "Electricians 1A" });
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page.getByText("Last cohort: follow-up: Electricians 1A")).toBeVisible();
    await checkA11y(page);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download these results (CSV)" }).click();
    const download = await downloading;
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("Electricians 1A");
    expect(download.suggestedFilename()).toMatch(/^belong-results-DEMO26-.*\.csv$/);
  });

  test("a coordinator approves advice, edits another, and resolves a safeguarding flag", async ({
    page,
  }) => {
    await signIn(page, COORDINATOR);
    await page.goto("/en/staff/moderation");
    await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();

    const first = page.getByRole("listitem").filter({ hasText: "Everyone feels lost" });
    await first.getByRole("button", { name: "Approve" }).click();
    await expect(notice(page)).toHaveText("The advice was approved.");
    await expect(page.getByText("Everyone feels lost")).toHaveCount(0);
    await checkA11y(page);

    const second = page.getByRole("listitem").filter({ hasText: "Go to the break room" });
    await second.getByText("Edit before approving").click();
    await second
      .getByLabel("Advice as it will be shown")
      .fill("Go to the break room even if you don't know anyone yet.");
    await second.getByRole("button", { name: "Save and approve" }).click();
    await expect(notice(page)).toHaveText(
      "The advice was edited and approved. The original is kept.",
    );
    await checkA11y(page);

    await page.getByRole("link", { name: "Safeguarding" }).first().click();
    await expect(page.getByRole("heading", { level: 2, name: "New (1)" })).toBeVisible();
    const flag = page.getByRole("listitem").filter({ hasText: "nobody would notice" });
    await flag.getByLabel("Note").fill("Passed to the student counsellor.");
    await flag.getByRole("button", { name: "Acknowledge" }).click();
    await expect(notice(page)).toContainText("The flag is acknowledged");
    await expect(
      page.getByRole("heading", { level: 2, name: "Being followed up (1)" }),
    ).toBeVisible();
    await checkA11y(page);

    const followed = page.getByRole("listitem").filter({ hasText: "nobody would notice" });
    await expect(followed).toContainText("Handled by Demo Coordinator");
    await followed.getByLabel("Note").fill("The counsellor met the class; closed.");
    await followed.getByRole("button", { name: "Resolve" }).click();
    await expect(notice(page)).toHaveText("The flag is resolved.");
    await expect(page.getByRole("heading", { level: 2, name: "Resolved (1)" })).toBeVisible();
    await expect(page.getByText("Passed to the student counsellor.")).toBeVisible();
    await checkA11y(page);

    // The first screen of the results no longer asks for attention.
    await page.goto("/en/staff/results");
    await expect(page.getByText(/new safeguarding flag/)).toHaveCount(0);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test("the results fit a 360 px screen: tables scroll inside their own box, never the page", async ({
      page,
    }) => {
      await signIn(page, COORDINATOR);
      for (const path of ["/en/staff/results", "/fr/staff/results", "/et/staff/results"]) {
        await page.goto(path);
        await expect(page.getByRole("table").first()).toBeAttached();
        // Every section rendered, so the widest table and chart are on the page.
        await expect(page.locator("#trends")).toBeAttached();
        const widths = await page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          const wide = [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
            .filter((el) => !el.closest("[data-scrolls], .overflow-x-auto, .sr-only"))
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
          return { scroll: root.scrollWidth, client: root.clientWidth, wide: wide.slice(0, 5) };
        });
        expect(widths.wide, `${path}: what reaches past the screen`).toEqual([]);
        expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
      }
    });
  });
});
