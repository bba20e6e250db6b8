// Signing in as one of the demo institution's staff, as every staff e2e test starts.
import type { Page } from "@playwright/test";
import { checkA11y, expect } from "./fixtures";

export const DEMO_PASSWORD = "belong-demo-2026";
export const ADMIN = "admin@demo.belong.vet";
export const COORDINATOR = "coordinator@demo.belong.vet";
export const TEACHER = "teacher@demo.belong.vet";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale = "en") {
  await page.goto(`/${locale}/staff/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/staff$`));
  await checkA11y(page);
}
