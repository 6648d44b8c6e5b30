// Notices end to end (issues 9 & 7): a Spanish-preferring claimant's claim is decided in the
// staff console, the notice appears on the claim screen with its PDF, and the claimant reads and
// downloads it on the portal's claim page; the PDF's text (read with pdf.js) is in Spanish and
// holds the weekly benefit and the appeal deadline the page shows. axe on both pages.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Page } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function textOf(download: Download) {
  return pdfText(new Uint8Array(await readFile((await download.path())!)));
}

test("a decision in the console produces a Spanish notice the claimant downloads in the portal", async ({
  browser,
}) => {
  // James O'Connor (demo claimant, claim in review) reads Spanish: the toggle saves it on his account.
  const portal = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await portal.goto(`${E2E_URLS.portal}/sign-in`);
  await portal.getByLabel(/email address/i).fill("james.oconnor@openleave.test");
  await portal.getByLabel(/^password$/i).fill(PASSWORD);
  await portal.getByRole("button", { name: /^sign in$/i }).click();
  await expect(portal.getByRole("heading", { name: /your applications and claims/i })).toBeVisible();
  await portal.getByRole("button", { name: "Español" }).click();
  await expect(portal.locator("html")).toHaveAttribute("lang", "es");

  // The adjudicator finds his claim, has the rules evaluate it and approves the whole leave.
  const console = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await console.goto(`${E2E_URLS.admin}/sign-in`);
  await console.getByLabel(/email address/i).fill("adjudicator@openleave.test");
  await console.getByLabel(/^password$/i).fill(PASSWORD);
  await console.getByRole("button", { name: /^sign in$/i }).click();
  await expect(console.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();
  await console.getByRole("link", { name: "Find a claim" }).first().click();
  await console.getByLabel(/Claim number, claimant name/).fill("O'Connor");
  await console.getByRole("button", { name: "Search" }).click();
  await console
    .getByRole("link", { name: /^[A-Z]{2}-PFML-\d{4}-\d{6}$/ })
    .first()
    .click();
  await expect(console).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
  const claimId = console.url().split("/").at(-1)!;
  await expect(console.getByRole("heading", { level: 1, name: /James O'Connor/ })).toBeVisible();
  await console.getByRole("button", { name: /Evaluate eligibility/ }).click();
  await expect(console.getByText(/Eligibility evaluated/)).toBeVisible();
  await console.getByText("Approve the whole leave").click();
  await console.getByLabel("Explanation for the notice").fill("El certificado del médico respalda toda la licencia.");
  await console.getByRole("button", { name: "Record decision" }).click();
  await expect(console.getByText("Decision recorded: Approved. The notice has been issued.")).toBeVisible();

  // The claim screen lists the notice, in Spanish, with its PDF; the employer's copy beside it.
  const notices = console.getByRole("table", { name: "Notices sent on this claim, newest first" });
  const row = notices.getByRole("row").filter({ hasText: "Su licencia fue aprobada" });
  await expect(row).toBeVisible();
  await expect(row.getByText("Spanish")).toBeVisible();
  await expect(notices.getByRole("row").filter({ hasText: "employer" })).toHaveCount(1);
  const [staffCopy] = await Promise.all([console.waitForEvent("download"), row.getByRole("link").click()]);
  expect(await textOf(staffCopy)).toContain("Aviso de decisión: aprobada");
  await expectNoSeriousAccessibilityProblems(console);

  // The claimant opens the claim: the notice is there to read and to download.
  await portal.goto(`${E2E_URLS.portal}/claims/${claimId}`);
  await expect(portal.getByRole("heading", { level: 2, name: "Avisos" })).toBeVisible();
  const benefit = (await portal
    .getByText(/^Beneficio semanal: \$[\d,]+\.\d{2}$/)
    .first()
    .textContent())!;
  const deadline = (await portal
    .getByText(/^Puede apelar esta decisión hasta el .+\.$/)
    .first()
    .textContent())!.match(/hasta el (.+)\.$/)![1]!;
  const item = portal.locator("li").filter({ has: portal.getByRole("heading", { name: /Su licencia fue aprobada/ }) });
  await item.getByText("Leer el aviso").click();
  await expect(item.getByText(/Hola, James:/)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(portal);
  const [download] = await Promise.all([
    portal.waitForEvent("download"),
    item.getByRole("link", { name: /^Descargar PDF: Su licencia fue aprobada/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^notice-approval-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = await textOf(download);
  expect(text).toContain("Aviso de decisión: aprobada");
  expect(text).toContain("Hola, James:");
  expect(text).toContain(benefit);
  expect(text).toContain(`puede apelar a más tardar el ${deadline}`);
  expect(text).toContain("Su derecho a apelar");
  expect(text).toContain("El certificado del médico respalda toda la licencia.");
  expect(text).not.toContain("Your right to appeal");
});
