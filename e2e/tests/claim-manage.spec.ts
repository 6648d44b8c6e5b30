// Managing an approved claim from its page, against the real API and seeded database: Imani
// Okafor (demo data only this spec uses: approved intermittent leave in Colorado that started
// three weeks ago, paid by direct deposit) reports a week's hours, changes her bank account on a
// 375 px phone, and asks in Spanish to extend her leave with a document — each refused first
// with a message at the field, then taken. The extension's review task reaches the console.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A USWDS tile radio: its label is what a person clicks (the input itself is drawn over). */
async function choose(scope: Locator, label: string | RegExp) {
  const input = scope.getByLabel(label);
  const id = await input.getAttribute("id");
  await scope.locator(`label[for="${id}"]`).click();
  await expect(input).toBeChecked();
}

async function openImanisClaim(page: Page, seeClaim: RegExp = /see this claim/i) {
  await page.goto(`${E2E_URLS.portal}/sign-in`);
  await page.getByLabel(/email address/i).fill("imani.okafor@openleave.test");
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /your applications and claims/i })).toBeVisible();
  if (seeClaim.source !== /see this claim/i.source) await page.getByRole("button", { name: "Español" }).click();
  await page.getByRole("link", { name: seeClaim }).first().click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: /CO-FAMLI-\d{4}-\d{6}/ })).toBeVisible();
}

test("a claimant reports the hours of intermittent leave taken in a week, within her approval", async ({ page }) => {
  await openImanisClaim(page);
  const hours = page.getByRole("region", { name: "Report the hours of leave you took" });
  await expect(hours.getByText(/allows up to 16 hours of leave a week/)).toBeVisible();
  await expect(hours.getByText("You have not reported any hours yet.")).toBeVisible();

  // Nothing chosen, then more than the approval allows: each said at its field, nothing sent.
  await hours.getByRole("button", { name: "Report hours" }).click();
  await expect(hours.getByRole("link", { name: "Choose the week you are reporting." })).toBeVisible();
  const week = hours.getByLabel("Week", { exact: true });
  await expect(week).toHaveAccessibleDescription(/Choose the week you are reporting/);
  // The weeks offered are those begun so far: the leave started three weeks ago.
  const weeks = await week
    .locator("option:not([value=''])")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(weeks.length).toBeGreaterThanOrEqual(3);
  await week.selectOption(weeks[1]!);
  const hoursField = hours.getByLabel("Hours of leave you took that week");
  await hoursField.fill("20");
  await hours.getByRole("button", { name: "Report hours" }).click();
  await expect(hoursField).toHaveAccessibleDescription(/Your approval allows up to 16 hours a week/);
  await expectNoSeriousAccessibilityProblems(page);

  await hoursField.fill("7.5");
  await hours.getByRole("button", { name: "Report hours" }).click();
  await expect(hours.getByRole("heading", { name: "Hours received" })).toBeVisible();
  const table = hours.getByRole("table", { name: /The hours you reported/ });
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.locator("tbody tr").first()).toContainText("7.5 hours");
  await expect(table.locator("tbody tr").first()).toContainText("Not paid yet");
  await expectNoSeriousAccessibilityProblems(page);

  // A correction replaces the week's report, after a reload too.
  await week.selectOption(weeks[1]!);
  await hoursField.fill("6");
  await hours.getByRole("button", { name: "Report hours" }).click();
  await expect(hours.getByText(/We saved 6 hours of leave for the week/)).toBeVisible();
  await page.reload();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.locator("tbody tr").first()).toContainText("6 hours");
  await expect(table.locator("tbody tr").first()).toContainText("Corrected");
});

test("a claimant changes her bank account on a phone, the account shown by its last four digits", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openImanisClaim(page);
  const payment = page.getByRole("region", { name: "How you are paid" });
  await expect(payment.getByTestId("current-payment-method")).toHaveText(
    /By direct deposit to your checking account ending ••••4321\./,
  );
  await expect(payment.getByText("000123454321")).toHaveCount(0);
  await payment.getByRole("button", { name: "Change how I am paid" }).click();
  await choose(payment, /^Direct deposit/);
  await payment.getByLabel("Routing number").fill("123456789");
  await payment.getByLabel("Account number", { exact: true }).fill("000777771234");
  await payment.getByLabel("Account number again").fill("000777771243");
  await choose(payment, "Savings");
  await payment.getByRole("button", { name: "Save how I am paid" }).click();
  await expect(payment.getByLabel("Routing number")).toHaveAccessibleDescription(/This routing number is not valid/);
  await expect(payment.getByLabel("Account number again")).toHaveAccessibleDescription(
    /The two account numbers do not match/,
  );
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAccessibilityProblems(page);

  // What was typed is kept: only the two wrong fields are corrected.
  await expect(payment.getByLabel("Account number", { exact: true })).toHaveValue("000777771234");
  await payment.getByLabel("Routing number").fill("011000015");
  await payment.getByLabel("Account number again").fill("000777771234");
  await payment.getByRole("button", { name: "Save how I am paid" }).click();
  await expect(payment.getByRole("heading", { name: "We changed how you are paid" })).toBeVisible();
  await expect(payment.getByTestId("current-payment-method")).toHaveText(
    /By direct deposit to your savings account ending ••••1234\./,
  );
  await expect(page.getByText("000777771234")).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoSeriousAccessibilityProblems(page);
});

test("a claimant asks in Spanish to extend her leave, with a document, and staff get the review", async ({
  page,
  browser,
}) => {
  await openImanisClaim(page, /ver este reclamo/i);
  const extension = page.getByRole("region", { name: "Pida extender su permiso" });
  await expect(extension.getByText(/^Su permiso termina ahora el/)).toBeVisible();
  // A date before the leave's current last day is refused at the field, as is a missing reason.
  const end = extension.getByLabel("Nuevo último día de permiso");
  await end.fill("2020-01-01");
  await extension.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(end).toHaveAccessibleDescription(/Elija una fecha posterior al/);
  await expect(extension.getByLabel("¿Por qué necesita más tiempo?")).toHaveAccessibleDescription(
    /Díganos por qué necesita más tiempo/,
  );
  await expectNoSeriousAccessibilityProblems(page);

  // The demo leave runs 12 weeks from three weeks ago: ask for about four weeks more.
  const leaveEnds = await page.evaluate(() => {
    const day = new Date();
    day.setDate(day.getDate() + 9 * 7 + 28);
    return day.toISOString().slice(0, 10);
  });
  await end.fill(leaveEnds);
  await extension.getByLabel("¿Por qué necesita más tiempo?").fill("Mi médica extendió mi tratamiento cuatro semanas.");
  await extension.getByRole("button", { name: "Agregar un documento (opcional)" }).click();
  await extension.getByLabel("Su documento, como una certificación actualizada").setInputFiles({
    name: "certificacion-actualizada.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await extension.getByLabel("¿Qué tipo de documento es?").selectOption("MEDICAL_CERTIFICATION");
  await extension.getByRole("button", { name: "Subir", exact: true }).click();
  await expect(extension.getByText(/Se enviará con su solicitud: certificacion-actualizada\.pdf/)).toBeVisible();
  await extension.getByRole("button", { name: "Enviar solicitud" }).click();
  await expect(extension.getByRole("heading", { name: "Solicitud enviada" })).toBeVisible();
  const request = extension.getByTestId("extension-request");
  await expect(request).toHaveCount(1);
  await expect(request).toContainText("Esperando una decisión");
  await expect(request).toContainText("Mi médica extendió mi tratamiento cuatro semanas.");
  await expect(request.getByRole("link", { name: "certificacion-actualizada.pdf" })).toBeVisible();
  await expect(extension.getByText(/Estamos revisando su solicitud/)).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Lo que ha pasado" })
      .getByRole("heading", { name: "Usted pidió extender su permiso" }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // The review task is in the adjudication queue of the staff console.
  const staff = await browser.newPage();
  await staff.goto(`${E2E_URLS.admin}/sign-in`);
  await staff.getByLabel(/email address/i).fill("adjudicator@openleave.test");
  await staff.getByLabel(/^password$/i).fill(PASSWORD);
  await staff.getByRole("button", { name: /^sign in$/i }).click();
  await expect(staff.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();
  await staff
    .getByRole("navigation", { name: "Queues" })
    .getByRole("link", { name: /Adjudication/ })
    .click();
  await expect(staff.getByText("Review leave extension request").first()).toBeVisible();
  await staff.close();
});
