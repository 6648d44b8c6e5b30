// The portal on a phone: the claimant journey must work at 412 px wide without sideways scrolling.
import { expect, test } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

test("a claimant can sign in and read their claims on a phone", async ({ page }) => {
  await page.goto(`${E2E_URLS.portal}/sign-in`);
  await page.getByLabel(/email address/i).fill("aisha.khan@openleave.test");
  await page.getByLabel(/^password$/i).fill("OpenLeave-demo-2026");
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /your applications and claims/i })).toBeVisible();
  await expect(page.getByText(/approved/i).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
