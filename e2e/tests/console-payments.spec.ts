// Payments in the staff console: a supervisor opens Payment runs from the header, is told in
// the field that a run cannot be started for a future date, starts today's run and sees it
// listed; is told in the field that a file is not an ACH return file; uploads a check
// settlement file and reads the row it could not apply; reads the job runs and filters them to failures; records an overpayment on a claim
// that was paid (a wrong claim number and too large an amount are refused at their fields first)
// and waives it with a reason. An adjudicator sees the runs but no start form. The API, database
// and browser are real; axe finds no serious problem on any page.
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

/** The seeded claim with weeks already paid (Aisha Khan's approved claim), read through the console's own /graphql proxy. */
async function paidClaimNumber(page: Page): Promise<string> {
  const body = await page.evaluate(async () => {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ findClaims(search: "Khan") { claimNumber status payments { status } } }` }),
    });
    return response.json();
  });
  const claim = body.data.findClaims.find(
    (c: { status: string; payments: { status: string }[] }) =>
      c.status === "APPROVED" && c.payments.some((p) => p.status === "PAID"),
  );
  expect(claim, "the demo has an approved claim with paid weeks").toBeTruthy();
  return claim.claimNumber;
}

test("a supervisor starts a payment run, reads the jobs, records and waives an overpayment", async ({ page }) => {
  // Four pages, each checked by axe, on a shared machine.
  test.setTimeout(210_000);
  await signIn(page, "supervisor@openleave.test");
  await page.getByRole("link", { name: "Payment runs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Payment runs" })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  await page.getByLabel("Run date (optional)").fill("2099-01-01");
  await page.getByRole("button", { name: "Start the run" }).click();
  await expect(page.getByLabel("Run date (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("A payment run cannot be started for a future date.")).toBeVisible();
  await page.getByLabel("Run date (optional)").fill("");
  await page.getByRole("button", { name: "Start the run" }).click();
  await expect(page.getByText(/^The run for .* has started/)).toBeVisible();
  const runs = page.getByRole("table", { name: "Runs" });
  await expect(runs.getByRole("row")).not.toHaveCount(1);

  // The bank's ACH return file is read strictly: a file that is not one is refused at its field.
  await page.getByLabel("ACH return file", { exact: true }).setInputFiles({
    name: "not-a-return.ach",
    mimeType: "text/plain",
    buffer: Buffer.from(`${"9".repeat(94)}\n`),
  });
  await page.getByRole("button", { name: "Import the return file" }).click();
  await expect(page.getByLabel("ACH return file", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Line 1: a NACHA file starts with its file header (record type 1).")).toBeVisible();

  // The bank's check settlement file: a check number the program never wrote is listed back
  // (the same file again is the same import, so a retried test reads the same answer).
  await page.getByLabel("Check settlement file (CSV)", { exact: true }).setInputFiles({
    name: "checks-e2e.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("check_number,amount,paid_date,status\n999999,12.00,2026-05-08,paid\n"),
  });
  await page.getByRole("button", { name: "Import the file" }).click();
  await expect(
    page.getByText("checks-e2e.csv: 0 checks settled, 0 void or stale checks reissued, 1 row not applied (below)."),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: "Rows not applied" })).toContainText(
    "No check with this number was sent.",
  );
  await expectNoSeriousAccessibilityProblems(page);

  await page.getByRole("link", { name: "Job runs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Job runs" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Jobs" }).getByText("timers.run").first()).toBeVisible();
  // USWDS draws its own box over the visually hidden input: a person clicks the label.
  await page.getByText("Show only jobs that failed after their retries").click();
  await expect(page.getByLabel("Show only jobs that failed after their retries")).toBeChecked();
  await expect(page.getByText("No job has failed.")).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  const claimNumber = await paidClaimNumber(page);
  await page.getByRole("link", { name: "Overpayments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overpayments" })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  await page.getByLabel("Claim number").fill("WA-PFML-1999-999999");
  await page.getByLabel("Amount overpaid").fill("120.00");
  await page.getByLabel("Why it was overpaid").fill("Wages reported later for a week already paid.");
  await page.getByRole("button", { name: "Record the overpayment" }).click();
  await expect(page.getByLabel("Claim number")).toHaveAttribute("aria-invalid", "true");
  // What was typed stays while the number is corrected.
  await expect(page.getByLabel("Amount overpaid")).toHaveValue("120.00");
  await page.getByLabel("Claim number").fill(claimNumber);
  await page.getByLabel("Amount overpaid").fill("99999.00");
  await page.getByRole("button", { name: "Record the overpayment" }).click();
  await expect(page.getByLabel("Amount overpaid")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/was paid on this claim and is not already recorded as overpaid/)).toBeVisible();
  await page.getByLabel("Amount overpaid").fill("120.00");
  await page.getByRole("button", { name: "Record the overpayment" }).click();
  await expect(page.getByText(`Overpayment recorded on claim ${claimNumber}.`)).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(claimNumber) });
  await expect(row.getByText("$120.00").first()).toBeVisible();
  await expect(row.getByText("Open")).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  await row.getByLabel("Reason for the waiver").fill("Repaying would cause a financial hardship.");
  await row.getByRole("button", { name: /Waive what is left/ }).click();
  // Waived ones are no longer owed: they leave the default list and show in the full one.
  await expect(page.getByRole("row", { name: new RegExp(claimNumber) })).toHaveCount(0);
  await page.getByText("Show only overpayments still owed back").click();
  await expect(page.getByRole("row", { name: new RegExp(claimNumber) }).getByText("Waived")).toBeVisible();
});

test("an adjudicator sees the payment runs but cannot start one", async ({ page }) => {
  await signIn(page, "adjudicator@openleave.test");
  await page.goto(`${E2E_URLS.admin}/payments`);
  await expect(page.getByRole("heading", { level: 1, name: "Payment runs" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the run" })).toHaveCount(0);
  await expect(page.getByText(/Only supervisors and program administrators start payment runs/)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
});
