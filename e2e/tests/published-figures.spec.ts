// Figures a deployment publishes, in the staff console: one program administrator proposes a
// figure (the form refuses a malformed value first), a second one approves it, and the list
// shows it approved with both names. The API, database and browser are real.
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

test("one program administrator proposes a figure, another approves it", async ({ browser }) => {
  const proposer = await (await browser.newContext()).newPage();
  await signIn(proposer, "admin@openleave.test");
  await proposer.getByRole("link", { name: "Published figures" }).click();
  await expect(proposer.getByRole("heading", { level: 1, name: "Published figures" })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(proposer);

  await proposer.getByLabel("Program").selectOption({ label: "Washington Paid Family and Medical Leave" });
  await proposer.getByLabel("Figure", { exact: true }).selectOption("wa-pfml.maximum-weekly-benefit");
  await proposer.getByLabel("Value").fill("$1,700");
  await proposer.getByLabel("First day it applies").fill("2027-01-01");
  await proposer.getByLabel("Last day it applies (optional)").fill("2027-12-31");
  await proposer.getByLabel("Document that publishes it").fill("ESD: 2027 maximum weekly benefit");
  await proposer.getByRole("button", { name: "Propose figure" }).click();
  // The API checks the value's kind against the rules package's parameter catalog.
  await expect(proposer.getByLabel("Value")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousAccessibilityProblems(proposer);
  await proposer.getByLabel("Value").fill("1700.00");
  await proposer.getByRole("button", { name: "Propose figure" }).click();
  await expect(proposer.getByText(/Figure proposed/)).toBeVisible();
  const row = proposer.getByRole("row", { name: /WA maximum weekly benefit/ });
  await expect(row.getByText("Waiting for another program administrator")).toBeVisible();
  await expect(row.getByRole("button", { name: /^Approve/ })).toHaveCount(0);

  const approver = await (await browser.newContext()).newPage();
  await signIn(approver, "admin2@openleave.test");
  await approver.goto(`${E2E_URLS.admin}/figures`);
  const pending = approver.getByRole("row", { name: /WA maximum weekly benefit/ });
  await pending.getByRole("button", { name: /^Approve/ }).click();
  await expect(pending.getByText("Approved")).toBeVisible();
  await expect(pending.getByText(/Decided by Robin Hayes/)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(approver);
});
