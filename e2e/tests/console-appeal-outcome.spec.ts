// An appeal decided after its hearing, in the staff console. Omar Farah's claim was denied and
// he appealed; the seeded hearing took place yesterday. The appeals officer has the rules
// evaluate his wages on the claim screen (an approval on appeal pays the rules' benefit), then
// reverses the denial on the docket with the decision's reasons: the claim is approved, the
// decision notice is issued (its PDF says the appeal was decided, with the reasons), and the
// payments services schedule the weeks now owed, shown on the claim screen. The API (with its
// job worker), database and browser are real; axe finds no serious problem on the screens.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const SUMMARY = "The surgeon's certification, received at the hearing, covers the whole leave. The denial is reversed.";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test("an appeals officer reverses a denial after the hearing, and the owed weeks are scheduled", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${E2E_URLS.admin}/sign-in`);
  await page.getByLabel(/email address/i).fill("appeals@openleave.test");
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "Appeals" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Appeals" })).toBeVisible();
  const card = page.locator(".appeal-card").filter({ hasText: "Omar Farah" });
  await expect(card.getByText("Hearing scheduled", { exact: true })).toBeVisible();
  // The hearing is over: a decision on the merits is offered, not only a dismissal.
  await expect(card.getByText(/can be recorded after the hearing on/)).toHaveCount(0);
  await expect(card.getByLabel("Outcome").locator("option")).toHaveText([
    "- Choose an outcome -",
    "Affirm the decision",
    "Reverse the decision",
    "Modify the decision",
    "Dismiss the appeal",
  ]);
  const claimLink = card.getByRole("link", { name: /^Open claim WA-PFML-\d{4}-\d{6}$/ });
  const claimNumber = (await claimLink.textContent())!.match(/WA-PFML-\d{4}-\d{6}/)![0];

  // The denial rested on the certification, not the wages: the officer has the rules evaluate them.
  await claimLink.click();
  await expect(page.getByRole("heading", { level: 1, name: `Claim ${claimNumber}: Omar Farah` })).toBeVisible();
  await page.getByRole("button", { name: /Evaluate eligibility/ }).click();
  await expect(page.getByText(/Eligibility evaluated/)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // Reverse the denial for the whole leave asked for, with the reasons the parties will read.
  await page.getByRole("link", { name: "Appeals" }).first().click();
  await card.getByLabel("Outcome").selectOption({ label: "Reverse the decision" });
  await expect(card.getByLabel("First approved day")).not.toHaveValue("");
  await expect(card.getByLabel("Last approved day")).not.toHaveValue("");
  await card.getByLabel("Decision and reasons").fill(SUMMARY);
  await expectNoSeriousAccessibilityProblems(page);
  await card.getByRole("button", { name: "Record appeal decision" }).click();
  // Decided appeals leave the open docket; the decided view shows it with its outcome.
  await expect(page.locator(".appeal-card").filter({ hasText: "Omar Farah" })).toHaveCount(0);
  await page.getByRole("link", { name: "Decided", exact: true }).click();
  const decided = page.locator(".appeal-card").filter({ hasText: "Omar Farah" });
  await expect(decided.getByText(`Reversed · ${SUMMARY}`)).toBeVisible();

  // The claim is approved by a decision that replaces the denial, with its notice.
  await decided.getByRole("link", { name: `Open claim ${claimNumber}` }).click();
  await expect(page.getByRole("status").getByText("Approved", { exact: true })).toBeVisible();
  const decisions = page.getByRole("region", { name: "Decisions" });
  await expect(decisions.getByText("Reason code: APPEAL_REVERSED")).toBeVisible();
  await expect(decisions.getByText("replaced by a later decision", { exact: false })).toBeVisible();
  await expect(page.getByRole("table", { name: "Leave periods" }).getByText("Approved")).toBeVisible();
  const notices = page.getByRole("table", { name: "Notices sent on this claim, newest first" });
  const notice = notices
    .getByRole("row")
    .filter({ hasText: `A decision was made on the appeal (claim ${claimNumber})` })
    .filter({ hasText: "claimant" });
  await expect(notice).toBeVisible();
  const [pdf] = await Promise.all([page.waitForEvent("download"), notice.getByRole("link").click()]);
  const text = await pdfText(new Uint8Array(await readFile((await pdf.path())!)));
  expect(text).toContain(`The appeal on claim ${claimNumber} was decided.`);
  expect(text).toContain("The surgeon's certification, received at the hearing, covers the whole leave.");

  // The payments follow the new decision in a job of the API's worker: the weeks owed appear
  // on the claim screen (the leave is past, so they are due now).
  const payments = page.getByRole("table", { name: "Payments on this claim, by week of leave" });
  await expect(async () => {
    await page.reload();
    await expect(payments.locator("tbody tr").first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const rows = payments.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    await expect(row.getByRole("cell").first()).toHaveText(/^(Scheduled|In a batch|Sent)$/);
  }
  await expectNoSeriousAccessibilityProblems(page);
});
