// A private-plan exemption from both sides, in a browser: the verified administrator of Harbor
// Light Ceramics (demo data, no plan yet) applies with the plan's document (a PDF) — an empty form
// first gives the error summary — and sees it waiting with its document; a supervisor finds it in
// the console's private plans, opens the document and approves it with a reason; the
// administrator sees the approval, its dates and the reason, and the premiums page says the
// employer is exempt. Axe checks each page. Only Harbor Light Ceramics' data is touched.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const EMPLOYER = "Harbor Light Ceramics";
const ADMIN = "benefits@harborlightceramics.test";
const PLAN_ADMINISTRATOR = "Salish Sea Benefits Group";
const REASON = "The plan's benefits equal the state plan's and the bond is on file.";
const PLAN_DOCUMENT = "salish-sea-plan-summary.pdf";
// The smallest PDF the API's type sniffing recognises.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
}

async function openPrivatePlan(page: Page) {
  await signIn(page, E2E_URLS.portal, ADMIN);
  await page.getByRole("link", { name: `See claims for ${EMPLOYER}` }).click();
  await page.getByRole("link", { name: "Private plan", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Private plan for ${EMPLOYER}`, level: 1 })).toBeVisible();
}

test.describe.configure({ mode: "serial" });

test("the employer's administrator applies for an exemption", async ({ page }) => {
  await openPrivatePlan(page);
  await expect(page.getByText("You have not applied for a private-plan exemption.")).toBeVisible();
  // WA accepts only self-funded plans (rules package): the one choice is made already.
  await expect(page.getByText("Your program accepts only self-funded plans.")).toBeVisible();

  await page.getByRole("button", { name: "Apply for the exemption" }).click();
  const summary = page.locator(".usa-alert--error");
  await expect(summary.getByRole("link", { name: "Enter the insurer or plan administrator." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Choose when the exemption should start." })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  await page.getByLabel("Insurer or plan administrator").fill(PLAN_ADMINISTRATOR);
  await page.getByLabel(/Policy or plan number/).fill("WA-VP-2207");
  await page.getByLabel("Phone number workers call to claim").fill("206-555-0175");
  await page.getByLabel(/Email address for claims/).fill("claims@salishsea.test");
  await page.getByLabel("When the exemption should start").selectOption({ index: 1 });
  await page
    .getByLabel("Your plan's documents (optional)")
    .setInputFiles({ name: PLAN_DOCUMENT, mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Apply for the exemption" }).click();

  await expect(page.getByText(/Your application was received/)).toBeVisible();
  const card = page.getByRole("article", { name: `Plan run by ${PLAN_ADMINISTRATOR}` });
  await expect(card.getByText("Waiting for a decision")).toBeVisible();
  // The document went to the application once it existed.
  await expect(card.getByRole("link", { name: PLAN_DOCUMENT })).toBeVisible();
  await expect(page.getByText("Some documents did not reach your application")).toHaveCount(0);
  await expect(page.getByText(/Your application is waiting for a decision/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply for the exemption" })).toHaveCount(0);
  await expectNoSeriousAccessibilityProblems(page);
});

test("a supervisor approves it in the console, with a reason", async ({ page }) => {
  await signIn(page, E2E_URLS.admin, "supervisor@openleave.test");
  await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Private plans" }).first().click();
  await expect(page.getByRole("heading", { name: "Private plans", level: 1 })).toBeVisible();
  const card = page.getByRole("listitem", { name: `${EMPLOYER} (WA)` });
  await expect(card.getByText(PLAN_ADMINISTRATOR)).toBeVisible();
  // The plan's document is there to read, and opens: the PDF the employer sent.
  const documentLink = card.getByRole("link", { name: `${PLAN_DOCUMENT} (download)` });
  await expect(documentLink).toBeVisible();
  const file = await page.request.get(new URL((await documentLink.getAttribute("href"))!, page.url()).toString());
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).equals(PDF)).toBe(true);
  await expectNoSeriousAccessibilityProblems(page);

  // Nothing chosen: the error summary names what is missing.
  await card.getByRole("button", { name: "Record the decision" }).click();
  await expect(card.locator(".usa-alert--error").getByRole("link", { name: "Choose approve or deny." })).toBeVisible();

  await card.locator("label", { hasText: "Approve the exemption" }).click();
  await expect(card.getByLabel("Exemption starts")).not.toHaveValue("");
  await card.getByLabel("Reason").fill(REASON);
  await card.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByText(`The exemption of ${EMPLOYER} is approved.`)).toBeVisible();
  await expect(page.getByRole("listitem", { name: `${EMPLOYER} (WA)` })).toHaveCount(0);

  await page.getByRole("link", { name: "Approved", exact: true }).click();
  await expect(page.getByRole("listitem", { name: `${EMPLOYER} (WA)` }).getByText(REASON)).toBeVisible();
  await expect(page.getByRole("region", { name: "Exempt employers" }).getByText(EMPLOYER)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
});

test("the administrator sees the decision, and the premiums page says the employer is exempt", async ({ page }) => {
  await openPrivatePlan(page);
  const card = page.getByRole("article", { name: `Plan run by ${PLAN_ADMINISTRATOR}` });
  await expect(card.getByText("Approved: exempt")).toBeVisible();
  await expect(card.getByText(REASON)).toBeVisible();
  await expect(card.getByText(/with no end date/)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  await page.getByRole("link", { name: "Premiums", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Premiums for ${EMPLOYER}`, level: 1 })).toBeVisible();
  // The administrator chose the current quarter, which the approval kept: the exemption is in effect.
  await expect(
    page.getByText(`This employer is exempt: its approved private plan with ${PLAN_ADMINISTRATOR}`, { exact: false }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
});
