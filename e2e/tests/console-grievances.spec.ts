// Employer grievances end to end: a supervisor opens the grievance queue from the console's
// navigation, reviews Evergreen Robotics' contest of Omar Haddad-Reyes's claim (its dedicated
// demo data: reasons, comment and a schedule as evidence, which opens), is shown the form's
// errors, records that the decision stands, and finds the finding recorded and the notices sent
// to both sides on the claim screen. Omar reads his notice in the portal, never the employer's
// comment. The API, database and browser are real.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const COMMENT = "Our schedule shows Omar working the first week of the requested leave, and we had no notice of it.";
const FINDINGS = "The schedule lists planned shifts only; the certification's dates stand for the first week.";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signIn(page: Page, origin: string, email: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
}

test("a supervisor reviews an employer's contest with its evidence and records that the decision stands", async ({
  page,
  browser,
}) => {
  await signIn(page, E2E_URLS.admin, "supervisor@openleave.test");
  await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Employer grievances" }).first().click();

  await expect(page.getByRole("heading", { level: 1, name: "Employer grievances" })).toBeVisible();
  const card = page.getByRole("listitem").filter({ hasText: "Omar Haddad-Reyes" });
  await expect(card.getByText("Evergreen Robotics LLC")).toBeVisible();
  await expect(card.getByText("the dates are wrong and not enough notice")).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  await card.getByRole("link", { name: /^Review the contest on claim / }).click();

  // The contest: the employer's reasons, its own words and its evidence, beside the claim's facts.
  const heading = page.getByRole("heading", {
    level: 1,
    name: /^Contest of claim WA-PFML-\d{4}-\d{6}: Omar Haddad-Reyes$/,
  });
  await expect(heading).toBeVisible();
  const claimNumber = (await heading.textContent())!.match(/WA-PFML-\d{4}-\d{6}/)![0];
  await expect(page.getByRole("heading", { level: 2, name: "What Evergreen Robotics LLC says" })).toBeVisible();
  await expect(page.getByText(COMMENT)).toBeVisible();
  await expect(page.getByText("For staff only: the claimant never sees this comment.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "The claim" })).toBeVisible();
  await expect(page.getByText("Not decided yet")).toBeVisible();
  const evidence = page.getByRole("link", { name: "Open work-schedule.pdf (opens in a new tab)" });
  await expect(evidence).toBeVisible();
  // The evidence opens: the stored PDF, through the audited download.
  const file = await page.request.get(new URL((await evidence.getAttribute("href"))!, E2E_URLS.admin).toString());
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectNoSeriousAccessibilityProblems(page);

  // An empty finding is refused with an error summary tied to the fields.
  await page.getByRole("button", { name: "Record finding" }).click();
  await expect(page.getByRole("heading", { name: /problems? with this form/ })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Choose whether the decision stands or the claim goes back to review." }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose the reason for the finding." })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // USWDS radios are styled labels over a visually hidden input: click the label, as people do.
  await page.locator("label", { hasText: "The decision stands" }).click();
  await expect(page.getByRole("radio", { name: /The decision stands/ })).toBeChecked();
  await page
    .getByLabel("Reason", { exact: true })
    .selectOption({ label: "The claimant's records outweigh the employer's" });
  await page.getByLabel("Findings", { exact: true }).fill(FINDINGS);
  await page.getByRole("button", { name: "Record finding" }).click();
  await expect(
    page.getByText("Finding recorded: the decision stands. The claimant and the employer were sent a notice."),
  ).toBeVisible();
  await expect(page.getByText(FINDINGS)).toBeVisible();
  await expect(page.getByText(/^Sam Okafor on /)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // The decided contest leaves the open queue and is listed with the decided ones.
  await page.goto(`${E2E_URLS.admin}/grievances`);
  await expect(page.getByRole("listitem").filter({ hasText: "Omar Haddad-Reyes" })).toHaveCount(0);
  await page.getByRole("link", { name: "Decided" }).click();
  const decided = page.getByRole("listitem").filter({ hasText: "Omar Haddad-Reyes" });
  await expect(decided.getByText(/^The decision stands · /)).toBeVisible();

  // The claim screen: the notices sent to the claimant and the employer's copy.
  await decided.getByRole("link", { name: `See the finding on claim ${claimNumber}` }).click();
  await page.getByRole("link", { name: `Open claim ${claimNumber}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Claim ${claimNumber}: Omar Haddad-Reyes` })).toBeVisible();
  // The employer's response on the claim screen leads back to the contest.
  await expect(page.getByRole("link", { name: "Review the contest and record a finding" })).toHaveAttribute(
    "href",
    /^\/grievances\/[0-9a-f-]{36}$/,
  );
  const notices = page.getByRole("table", { name: "Notices sent on this claim, newest first" });
  await expect(notices.getByRole("row").filter({ hasText: "We reviewed your employer's response" })).toBeVisible();
  await expect(notices.getByRole("row").filter({ hasText: "Finding on your contest" })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // Omar reads his notice in the portal, without the employer's comment or the staff's findings.
  const portalContext = await browser.newContext();
  const portal = await portalContext.newPage();
  await signIn(portal, E2E_URLS.portal, "omar.haddad-reyes@openleave.test");
  await expect(portal).not.toHaveURL(/\/sign-in/);
  const claimId = new URL(page.url()).pathname.split("/").at(-1)!;
  await portal.goto(`${E2E_URLS.portal}/claims/${claimId}`);
  await expect(portal.getByRole("heading", { name: /We reviewed your employer's response/ })).toBeVisible();
  await expect(portal.getByText(COMMENT)).toHaveCount(0);
  await expect(portal.getByText(FINDINGS)).toHaveCount(0);
  await expectNoSeriousAccessibilityProblems(portal);
  await portalContext.close();
});
