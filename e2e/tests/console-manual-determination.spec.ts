// A manual determination in the staff console, by two people. Inés Castillo's Colorado claim
// (seeded in review) is for leave this winter, when the rules package refuses to compute a
// Colorado benefit (the state average weekly wage from 2026-07-01 is a known refusal). The
// adjudicator runs the rules, reads that a figure is not known, enters the figures with a written
// reason, and cannot approve them (the screen says so, and the API refuses the same person); a
// supervisor approves them, which decides the claim with its notice. The API, database and
// browser are real; axe finds no serious problem on the screens.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const REASON =
  "The Division's published maximum for claims from July 2026 is not yet out; this uses the July 2025 figures and her base-period wages.";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signInAs(page: Page, email: string) {
  await page.goto(`${E2E_URLS.admin}/sign-in`);
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();
}

/** Opens Inés Castillo's claim through Find a claim; returns its screen's address. */
async function openInesClaim(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Find a claim" }).first().click();
  await page.getByLabel(/Claim number, claimant name/).fill("Castillo");
  await page.getByRole("button", { name: "Search" }).click();
  await page
    .getByRole("link", { name: /^CO-FAMLI-\d{4}-\d{6}$/ })
    .first()
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Claim CO-FAMLI-\d{4}-\d{6}: Inés Castillo$/ }),
  ).toBeVisible();
  return page.url();
}

test("a manual determination: entered with a reason by one person, approved by a second", async ({ browser }) => {
  test.setTimeout(180_000);
  // Two people, two sessions.
  const adjudicatorSession = await browser.newContext();
  const adjudicator = await adjudicatorSession.newPage();
  await signInAs(adjudicator, "adjudicator@openleave.test");
  const claimUrl = await openInesClaim(adjudicator);

  // The rules are asked, and answer that a figure is not known for these dates.
  await adjudicator.getByRole("button", { name: /Evaluate eligibility/ }).click();
  await expect(adjudicator.getByText(/Eligibility evaluated/)).toBeVisible();
  const panel = adjudicator.getByRole("region", { name: "Manual determination" });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/The rules cannot compute this claim's benefit/)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(adjudicator);

  // Nothing entered: every missing figure is listed and tied to its field.
  await panel.getByRole("button", { name: "Send for a second approval" }).click();
  await expect(adjudicator.getByRole("heading", { name: /problems? with this form/ })).toBeVisible();
  await expect(panel.getByLabel("Weekly benefit")).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByLabel("Reason and source")).toHaveAttribute("aria-invalid", "true");

  await panel.getByLabel("Weekly benefit").fill("1100.00");
  await panel.getByLabel("Weeks of benefits").fill("6");
  await panel.getByLabel("Reason and source").fill(REASON);
  await panel.getByRole("button", { name: "Send for a second approval" }).click();
  await expect(panel.getByText("The figures are saved and wait for a second staff member's approval.")).toBeVisible();
  await expect(panel.getByRole("heading", { level: 3, name: "Waiting for a second approval" })).toBeVisible();
  await expect(panel.getByText("$1,100.00")).toBeVisible();
  await expect(panel.getByText(/^Alex Rivera, /)).toBeVisible();

  // The person who entered the figures is told to ask someone else, and has no approve button…
  await expect(
    panel.getByText("You entered these figures, so another staff member must approve or reject them."),
  ).toBeVisible();
  await expect(panel.getByRole("button", { name: "Approve the figures and the claim" })).toHaveCount(0);
  await expectNoSeriousAccessibilityProblems(adjudicator);
  // …and the API refuses them too, through the console's own proxy.
  const refused = await adjudicator.evaluate(async (claimId) => {
    const call = async (query: string, variables: Record<string, unknown>) =>
      (
        await fetch("/graphql", {
          method: "POST",
          // The API's double-submit CSRF check: the readable cookie's token in a header.
          headers: {
            "content-type": "application/json",
            "x-csrf-token": decodeURIComponent(document.cookie.match(/(?:^|; )ol_csrf=([^;]*)/)?.[1] ?? ""),
          },
          body: JSON.stringify({ query, variables }),
        })
      ).json();
    const read = await call(`query($id: ID!) { claim(id: $id) { manualDeterminations { id status } } }`, {
      id: claimId,
    });
    const proposal = read.data.claim.manualDeterminations.find((m: { status: string }) => m.status === "PROPOSED");
    const review = await call(
      `mutation($input: ReviewManualDeterminationInput!) { reviewManualDetermination(input: $input) {
        __typename ... on Error { code message } } }`,
      { input: { manualDeterminationId: proposal.id, approve: true } },
    );
    return review.data?.reviewManualDetermination ?? review;
  }, claimUrl.split("/").at(-1)!);
  expect(refused.code).toBe("SECOND_APPROVER_REQUIRED");
  await adjudicatorSession.close();

  // A supervisor, a second person, approves: the claim is decided with the entered figures.
  const supervisorSession = await browser.newContext();
  const supervisor = await supervisorSession.newPage();
  await signInAs(supervisor, "supervisor@openleave.test");
  await supervisor.goto(claimUrl);
  const review = supervisor.getByRole("region", { name: "Manual determination" });
  await expect(review.getByRole("heading", { level: 3, name: "Waiting for a second approval" })).toBeVisible();
  await expect(review.getByText(REASON)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(supervisor);
  await review.getByRole("button", { name: "Approve the figures and the claim" }).click();
  await expect(review.getByText("Approved. The claim is decided and the notice has been issued.")).toBeVisible();

  await expect(supervisor.getByRole("status").getByText("Approved", { exact: true })).toBeVisible();
  const periods = supervisor.getByRole("table", { name: "Leave periods" });
  await expect(periods.getByText("Approved")).toBeVisible();
  const decisions = supervisor.getByRole("region", { name: "Decisions" });
  await expect(decisions.getByText("Reason code: MANUAL_DETERMINATION")).toBeVisible();
  await expect(decisions.getByText(REASON)).toBeVisible();
  // Decided: nothing left to decide, and both people are in the audit trail.
  await expect(supervisor.getByRole("button", { name: "Record decision" })).toHaveCount(0);
  await expect(supervisor.getByText("claim.manual_determination.propose")).toBeVisible();
  await expect(supervisor.getByText("claim.manual_determination.approve")).toBeVisible();
  await expectNoSeriousAccessibilityProblems(supervisor);
  await supervisorSession.close();
});
