// Smoke test through real browsers: the portal and the admin console each render a page with
// data from the running API, and a claimant and a staff member can sign in and see their work.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signIn(page: Page, email: string) {
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
}

test.describe("portal", () => {
  test("shows the programs this deployment runs, read from the API", async ({ page }) => {
    await page.goto(E2E_URLS.portal);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The demo deployment runs four programs; their names come from the API's `programs` query.
    await expect(page.getByRole("heading", { name: "Washington Paid Family and Medical Leave" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Massachusetts Paid Family and Medical Leave" })).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
  });

  test("lets a claimant sign in and see their claim", async ({ page }) => {
    await page.goto(`${E2E_URLS.portal}/sign-in`);
    await signIn(page, "maria.garcia@openleave.test");
    await expect(page.getByRole("heading", { name: /your applications and claims/i })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Claim WA-PFML-\d{4}-\d{6}/ })).toBeVisible();
    await expect(page.getByText(/waiting for your employer/i).first()).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
  });

  test("explains a wrong password in place, without leaving the page", async ({ page }) => {
    await page.goto(`${E2E_URLS.portal}/sign-in`);
    await page.getByLabel(/email address/i).fill("maria.garcia@openleave.test");
    await page.getByLabel(/^password$/i).fill("not the password");
    await page.getByRole("button", { name: /^sign in$/i }).click();
    await expect(page.getByText(/do not match our records/i).first()).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("speaks Spanish when asked", async ({ page }) => {
    await page.goto(E2E_URLS.portal);
    await page
      .getByRole("button", { name: /español/i })
      .or(page.getByRole("link", { name: /español/i }))
      .first()
      .click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
  });
});

test.describe("admin console", () => {
  test("shows an adjudicator the work queue, read from the API", async ({ page }) => {
    await page.goto(`${E2E_URLS.admin}/sign-in`);
    await signIn(page, "adjudicator@openleave.test");
    await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();
    const table = page.getByRole("table", { name: /open tasks/i });
    await expect(table).toBeVisible();
    await expect(table.getByText(/WA-PFML-\d{4}-\d{6}/).first()).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
  });

  test("turns away someone without a staff role", async ({ page }) => {
    await page.goto(`${E2E_URLS.admin}/sign-in`);
    await signIn(page, "maria.garcia@openleave.test");
    await expect(page.getByRole("heading", { name: /for program staff/i })).toBeVisible();
  });
});
