// The claimant's claim page against the real API and seeded database: Aisha Khan (approved,
// eight weekly payments seeded, the past weeks paid) opens her claim from the home page and
// sees its decision and every payment with the total paid; in Spanish and at 375 px too.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signInAsAisha(page: Page) {
  await page.goto(`${E2E_URLS.portal}/sign-in`);
  await page.getByLabel(/email address/i).fill("aisha.khan@openleave.test");
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /your applications and claims/i })).toBeVisible();
}

test("a claimant opens an approved claim from the home page and sees every payment with the total paid", async ({
  page,
}) => {
  await signInAsAisha(page);
  await page
    .getByRole("link", { name: /see this claim/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: /Claim WA-PFML-\d{4}-\d{6}/ })).toBeVisible();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/You can appeal this decision until/)).toBeVisible();
  await expect(
    page.getByText("The claimant meets the earnings test and the leave is certified.").first(),
  ).toBeVisible();
  await expect(page.getByText(/Your next payment is scheduled for/)).toBeVisible();

  const table = page.getByRole("table", { name: /every payment on this claim/i });
  await expect(table).toBeVisible();
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(8);
  await expect(rows.first()).toContainText("$587.00");
  await expect(rows.first()).toContainText("$58.70");
  await expect(rows.first()).toContainText("$528.30");
  await expect(rows.first()).toContainText("Paid");

  // The seed pays the weeks already past and schedules the rest: the total is $528.30 for
  // each row marked Paid (integer cents here, to check the page's decimal sum).
  const paidRows = await rows.filter({ has: page.locator("td", { hasText: /^Paid$/ }) }).count();
  expect(paidRows).toBeGreaterThan(0);
  expect(paidRows).toBeLessThan(8);
  const expectedTotal = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(
    (paidRows * 52830) / 100,
  );
  await expect(page.getByTestId("total-paid")).toHaveText(expectedTotal);
  await expect(page.getByText(`${paidRows} of 8`)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
});

test("the claim page speaks Spanish and fits a 375 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInAsAisha(page);
  await page
    .getByRole("link", { name: /see this claim/i })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Payments" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAccessibilityProblems(page);

  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.getByRole("heading", { name: "Pagos" })).toBeVisible();
  await expect(page.getByRole("table", { name: /todos los pagos de este reclamo/i })).toBeVisible();
  await expect(page.getByText("Pagado", { exact: true }).first()).toBeVisible();
});
