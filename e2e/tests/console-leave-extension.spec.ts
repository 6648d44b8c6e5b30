// A claimant's request to extend leave, decided in the console, against the real API and seeded
// database: Grace Liu (demo data only this spec uses) has approved leave under way and asked for
// two more weeks. An adjudicator opens the request's task from the work queue, approves it on
// the claim screen (after the form asks for a decision), and Grace sees her new last day and the
// notice in the portal.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

const longDate = (date: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));

test("staff approve a requested extension from its task, and the claimant sees the new last day", async ({
  page,
  browser,
}) => {
  await page.goto(`${E2E_URLS.admin}/sign-in`);
  await page.getByLabel(/email address/i).fill("adjudicator@openleave.test");
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();

  // The request's own task in the adjudication queue leads to the claim.
  await page
    .getByRole("navigation", { name: "Queues" })
    .getByRole("link", { name: /Adjudication/ })
    .click();
  await expect(page).toHaveURL(/queue=ADJUDICATION/);
  const task = page
    .getByRole("row")
    .filter({ hasText: "Review leave extension request" })
    .filter({ hasText: "Grace Liu" });
  await task.getByRole("link", { name: /^WA-PFML-/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /: Grace Liu$/ })).toBeVisible();

  const panel = page.getByRole("region", { name: "Requests to extend leave" });
  await expect(panel.getByText("My surgeon extended my recovery by two weeks (demo).")).toBeVisible();
  await expect(panel.getByText("Waiting for a decision")).toBeVisible();
  await panel.getByRole("button", { name: "Record extension decision" }).click();
  await expect(panel.getByRole("link", { name: "Choose whether to approve the extension." })).toBeVisible();

  // USWDS radios are styled labels over a visually hidden input: click the label, as people do.
  await panel.getByText("Approve the extension", { exact: true }).click();
  const lastDay = panel.getByLabel("New last day of leave");
  const newEnd = await lastDay.inputValue();
  expect(newEnd).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(panel.getByRole("heading", { level: 3 })).toHaveText(
    `Asked to extend the leave until ${longDate(newEnd)}`,
  );
  await panel
    .getByLabel("Explanation for the extension notice")
    .fill("The updated certification supports two more weeks of recovery.");
  await expectNoSeriousAccessibilityProblems(page);
  await panel.getByRole("button", { name: "Record extension decision" }).click();
  await expect(
    panel.getByText(`Extension approved: the leave now ends on ${longDate(newEnd)}.`, { exact: false }),
  ).toBeVisible();
  await expect(panel.getByText(`Approved: the leave now ends on ${longDate(newEnd)}.`, { exact: true })).toBeVisible();
  // The added days are an approved period of their own, and the decision names the new last day.
  const periods = page.getByRole("table", { name: "Leave periods" });
  await expect(periods.getByRole("row")).toHaveCount(3);
  await expect(page.getByText("Reason code: LEAVE_EXTENDED")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Record extension decision" })).toHaveCount(0);
  await expectNoSeriousAccessibilityProblems(page);

  // Grace sees it in the portal (her own browser: the console's cookies would sign her in as staff).
  const context = await browser.newContext();
  const portal = await context.newPage();
  await portal.goto(`${E2E_URLS.portal}/sign-in`);
  await portal.getByLabel(/email address/i).fill("grace.liu@openleave.test");
  await portal.getByLabel(/^password$/i).fill(PASSWORD);
  await portal.getByRole("button", { name: /^sign in$/i }).click();
  await expect(portal.getByRole("heading", { name: /your applications and claims/i })).toBeVisible();
  await portal
    .getByRole("link", { name: /see this claim/i })
    .first()
    .click();
  await expect(portal.getByRole("heading", { level: 1, name: /WA-PFML-\d{4}-\d{6}/ })).toBeVisible();
  await expect(portal.getByText(`Approved: leave until ${longDate(newEnd)}`)).toBeVisible();
  await expect(
    portal.getByText("Our decision: The updated certification supports two more weeks of recovery."),
  ).toBeVisible();
  await expect(portal.getByText(/Your leave is extended \(claim WA-PFML-/).first()).toBeVisible();
  await expectNoSeriousAccessibilityProblems(portal);
  await context.close();
});
