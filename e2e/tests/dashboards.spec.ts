// The program dashboards in the console: a supervisor opens them from the header, reads each
// chart's table, narrows them to one program and a period through the filter form (kept in the
// URL), downloads the figures as CSV, and reads the page in Spanish. Axe on each view.
import { readFile } from "node:fs/promises";
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
  await page.goto(`${E2E_URLS.admin}/sign-in`);
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();
}

test("a supervisor reads, filters and downloads the dashboards, in English and Spanish", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "supervisor@openleave.test");
  await page.getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboards" })).toBeVisible();
  await expect(page.getByText(/^Program: All programs\. Period:/)).toBeVisible();

  // Each chart has its table; the weekly one has a row per week of the default twelve
  // (thirteen rows when the period starts mid-week).
  const weeks = page.getByRole("table", { name: "Applications and decisions per week" });
  await expect(weeks.getByRole("row").nth(12)).toBeVisible();
  await expect(page.locator(".dashboard-chart svg").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Days to decision and to first payment" })).toContainText(
    "Submission to first decision",
  );
  await expect(page.getByRole("table", { name: "Work queues and their ageing" })).toContainText("Adjudication");
  await expect(page.getByRole("table", { name: "Employer responses" })).toContainText("Response rate");
  await expect(page.getByRole("table", { name: "Appeal outcomes" })).toContainText("Reversed");
  await expect(page.getByRole("table", { name: "Premiums and benefits per quarter" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Utilization" })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // Narrow to Washington and a period: the URL keeps the filters.
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "Washington Paid Family and Medical Leave" });
  await page.getByLabel("From", { exact: true }).fill("2026-09-01");
  await page.getByLabel("To", { exact: true }).fill("2026-12-31");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/program=[0-9a-f-]{36}.*from=2026-09-01.*to=2026-12-31/);
  await expect(page.getByText(/^Program: Washington Paid Family and Medical Leave\. Period:/)).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Premiums and benefits per quarter" }).getByRole("row", { name: /2026-Q4/ }),
  ).toBeVisible();

  // A reversed period is explained, not crashed on.
  await page.getByLabel("From", { exact: true }).fill("2026-12-31");
  await page.getByLabel("To", { exact: true }).fill("2026-09-01");
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page.getByText("The end of the period must be on or after its start.")).toBeVisible();
  await page.goBack();
  await expect(page.getByText(/^Program: Washington/)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download these figures (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("openleave-dashboard-2026-09-01-2026-12-31.csv");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toContain("Program,Washington Paid Family and Medical Leave");
  expect(csv).toContain(
    "Applications and decisions per week\r\nWeek of,Applications,Approved,Partially approved,Denied",
  );
  expect(csv).toMatch(
    /Premiums and benefits per quarter\r\nQuarter,Premiums reported,Benefits paid,Net position\r\n2026-Q3,/,
  );

  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tableros" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Solicitudes y decisiones por semana" })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an adjudicator has no dashboards link, and the API refuses the figures", async ({ page }) => {
  await signIn(page, "adjudicator@openleave.test");
  await expect(page.getByRole("link", { name: "Dashboards" })).toHaveCount(0);
  await page.goto(`${E2E_URLS.admin}/dashboards`);
  await expect(page.getByRole("heading", { level: 2, name: "We could not load the dashboards." })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
});
