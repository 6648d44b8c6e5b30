// The application wizard in a real browser against the real API and database: a seeded
// claimant (Dev Patel, Colorado, with wage records) applies from the first step to a claim
// number. Each step saves to the API, so the test also leaves and reopens the draft halfway.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const CLAIMANT = "dev.patel@openleave.test";

/** A calendar date `days` from today (UTC), as a date input takes it. */
function inDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The smallest PDF a real parser recognises. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signIn(page: Page) {
  await page.goto(`${E2E_URLS.portal}/sign-in?returnTo=/apply`);
  await page.getByLabel(/email address/i).fill(CLAIMANT);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: "Before you apply" })).toBeVisible();
}

/** USWDS hides the real radio and checkbox inputs off screen: click their labels, as people do. */
async function choose(page: Page, label: string | RegExp) {
  const input = page.getByLabel(label);
  const id = await input.getAttribute("id");
  await page.locator(`label[for="${id}"]`).click();
  await expect(input).toBeChecked();
}

async function saveAndContinue(page: Page, heading: string | RegExp) {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("a claimant applies from the first step to a claim number, and can leave and come back", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);

  // Program: start a new application (Dev already has a seeded draft to continue too).
  await expect(page.getByRole("link", { name: /continue: colorado/i }).first()).toBeVisible();
  await page.getByRole("button", { name: "Start application" }).click();
  await expect(page.getByRole("link", { name: "Choose the program you are applying to." })).toBeVisible();
  await choose(page, "Colorado Family and Medical Leave Insurance");
  await page.getByRole("button", { name: "Start application" }).click();

  // Identity: masked SSN only.
  await expect(page.getByRole("heading", { level: 1, name: "Check who is applying" })).toBeVisible();
  await expect(page.getByText("***-**-0004")).toBeVisible();
  await expect(page.getByText("900-70-0004")).toHaveCount(0);
  await expect(page.getByText(/step\s*2\s*of/i)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  await page.getByRole("button", { name: "This is me, continue" }).click();

  // Contact: a bad ZIP is explained at the field, and nothing typed is lost.
  await expect(page.getByRole("heading", { level: 1, name: "How we reach you" })).toBeVisible();
  await page.getByLabel("Phone number").fill("303-555-0142");
  await page.getByLabel("Street address").fill("1400 Larimer St");
  await page.getByLabel("City").fill("Denver");
  await page.getByLabel("State").selectOption("CO");
  await page.getByLabel("ZIP code").fill("802");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("link", { name: "Enter a 5-digit ZIP code, like 98101." })).toBeVisible();
  await expect(page.getByLabel("ZIP code")).toHaveAccessibleDescription(/5-digit ZIP code/);
  await expect(page.getByLabel("Street address")).toHaveValue("1400 Larimer St");
  await page.getByLabel("ZIP code").fill("80202");
  await saveAndContinue(page, "The employer you are taking leave from");

  // Leave and come back: the draft lives in the API and reopens at the first unsaved step.
  const claimId = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`${E2E_URLS.portal}/apply`);
  await page.locator(`a[href="/apply/${claimId}"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "The employer you are taking leave from" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/apply/${claimId}/employer$`));

  // Employer: from the wage records the program holds for Dev.
  await expect(page.getByLabel(/Front Range Outfitters/)).toBeChecked();
  await saveAndContinue(page, "Why you need leave");

  // Reason: only what Colorado's rules cover.
  await expect(page.getByLabel(/your own health condition/i)).toBeVisible();
  await choose(page, /your own health condition/i);
  await page.getByLabel(/describe the condition/i).fill("Knee surgery and recovery");
  await saveAndContinue(page, "When you will be on leave");

  // Leave: an end before the start is refused at the field first.
  await choose(page, /all at once/i);
  await page.getByLabel("First day of leave").fill(inDays(3));
  await page.getByLabel("Last day of leave").fill(inDays(1));
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByLabel("Last day of leave")).toHaveAccessibleDescription(/on or after the first day/);
  await page.getByLabel("Last day of leave").fill(inDays(16));
  await saveAndContinue(page, "Your work and pay");

  // Employment facts: hours (Colorado's rules need nothing more from the claimant).
  await page.getByLabel("Hours you usually work a week").fill("36");
  await saveAndContinue(page, "How you want to be paid");

  // Payment: the routing number's check digit and the account typed twice.
  await choose(page, /direct deposit/i);
  await page.getByLabel("Routing number").fill("021000022");
  await page.getByLabel("Account number", { exact: true }).fill("000123456789");
  await page.getByLabel("Account number again").fill("000123456798");
  await choose(page, "Checking");
  await choose(page, /yes, withhold 10%/i);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByLabel("Routing number")).toHaveAccessibleDescription(/not valid/);
  await expect(page.getByLabel("Account number again")).toHaveAccessibleDescription(/do not match/);
  await expectNoSeriousAccessibilityProblems(page);
  await page.getByLabel("Routing number").fill("021000021");
  await page.getByLabel("Account number again").fill("000123456789");
  await saveAndContinue(page, "Your estimated benefit");

  // Estimate: from the reported wages, with the rules' working; a figure not yet published for
  // these dates is said so, not left blank.
  await expect(
    page
      .getByRole("heading", { name: "The quarters we used (the base period)" })
      .or(page.getByRole("heading", { name: "Some figures are not known for your dates yet" }))
      .first(),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Weekly benefit", { exact: true })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  await page.getByRole("button", { name: "Continue to documents" }).click();

  // Documents: what Colorado asks for this reason (the rules package's list); a wrong file is
  // explained before anything is sent, a PDF goes up with a progress bar and is listed.
  await expect(page.getByRole("heading", { level: 1, name: "Upload your documents" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Certification of a health condition" })).toBeVisible();
  await expect(page.getByText("Still needed")).toBeVisible();
  const certification = page.getByLabel("Upload your Certification of a health condition");
  await certification.setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not a document"),
  });
  await expect(certification).toHaveAccessibleDescription(
    /notes\.txt is not a file we can accept\. Upload a PDF, JPEG, PNG, or HEIC file\./,
  );
  // The error summary takes focus and links to the field.
  await expect(page.locator(".usa-alert--error").filter({ hasText: "notes.txt is not a file" })).toBeFocused();
  await expect(page.getByRole("link", { name: /notes\.txt is not a file we can accept/ })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  // A file that calls itself a PDF but is not one is refused by the API after sending, and said so.
  await certification.setInputFiles({
    name: "fake.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("#!/bin/sh\necho hi\n"),
  });
  await page.getByRole("button", { name: "Upload", exact: true }).first().click();
  await expect(certification).toHaveAccessibleDescription(/fake\.pdf is not a file we can accept/);
  await certification.setInputFiles({ name: "certification.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload", exact: true }).first().click();
  await expect(page.getByText("certification.pdf is uploaded.")).toBeVisible();
  await expect(page.getByRole("link", { name: "certification.pdf" })).toBeVisible();
  await expect(page.getByText("Received, waiting for review").first()).toBeVisible();
  await page.getByRole("button", { name: "Continue to review" }).click();

  // Review: every part with a way back; attestation required.
  await expect(page.getByRole("heading", { level: 1, name: "Review and submit your application" })).toBeVisible();
  await expect(page.getByText("Front Range Outfitters")).toBeVisible();
  await expect(page.getByText(/direct deposit to the account ending/i)).toBeVisible();
  await expect(page.getByRole("link", { name: /change\s+leave dates/i })).toBeVisible();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByLabel(/I confirm that what I entered is true/)).toHaveAccessibleDescription(/Check the box/);
  await choose(page, /I confirm that what I entered is true/);
  await page.getByRole("button", { name: "Submit application" }).dblclick();

  // Confirmation with the claim number.
  await expect(page.getByRole("heading", { level: 1, name: "We received your application" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText(/CO-FAMLI-\d{4}-\d{6}/)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // The home page lists it as a claim now.
  await page.goto(E2E_URLS.portal);
  // One claim, though the submit button was double-clicked.
  await expect(page.getByRole("heading", { name: /Claim CO-FAMLI-\d{4}-\d{6}/ })).toHaveCount(1);
});

test.describe("in Spanish on a phone", () => {
  test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });

  async function expectNoSidewaysScrolling(page: Page) {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }

  test("a claimant applies for intermittent leave, keeping the payment method on file", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(E2E_URLS.portal);
    await page
      .getByRole("button", { name: /español/i })
      .first()
      .click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.goto(`${E2E_URLS.portal}/sign-in?returnTo=/apply`);
    await page.getByLabel(/correo electrónico/i).fill(CLAIMANT);
    await page.getByLabel(/^contraseña$/i).fill(PASSWORD);
    await page.getByRole("button", { name: /^iniciar sesión$/i }).click();
    await expect(page.getByRole("heading", { name: "Antes de solicitar" })).toBeVisible();

    await choose(page, "Colorado Family and Medical Leave Insurance");
    await page.getByRole("button", { name: "Empezar la solicitud" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Revise quién solicita" })).toBeVisible();
    await expectNoSidewaysScrolling(page);
    await page.getByRole("button", { name: "Soy yo, continuar" }).click();

    // Saved by the first application: the contact step opens filled in.
    await expect(page.getByLabel("Calle y número")).toHaveValue("1400 Larimer St");
    await page.getByRole("button", { name: "Guardar y continuar" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "El empleador del que toma el permiso" })).toBeVisible();
    await page.getByRole("button", { name: "Guardar y continuar" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Por qué necesita el permiso" })).toBeVisible();
    await choose(page, /su propio problema de salud/i);
    await page.getByRole("button", { name: "Guardar y continuar" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Cuándo estará de permiso" })).toBeVisible();
    await choose(page, /de vez en cuando/i);
    await page.getByLabel("Primer día del permiso").fill(inDays(18));
    await page.getByLabel("Último día del permiso").fill(inDays(60));
    await page.getByLabel("¿Cuántas veces al mes, más o menos?").fill("4");
    await page.getByRole("button", { name: "Guardar y continuar" }).click();
    await expect(page.getByLabel("¿Cuántas horas cada vez, más o menos?")).toHaveAccessibleDescription(
      /Escriba cuántas horas cada vez/,
    );
    await page.getByLabel("¿Cuántas horas cada vez, más o menos?").fill("6");
    await expectNoSidewaysScrolling(page);
    await page.getByRole("button", { name: "Guardar y continuar" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Su trabajo y su pago" })).toBeVisible();
    await page.getByLabel("Horas que trabaja normalmente a la semana").fill("36");
    await page.getByRole("button", { name: "Guardar y continuar" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Cómo quiere recibir el pago" })).toBeVisible();
    await expect(page.getByText(/termina en/)).toBeVisible();
    await choose(page, "Dejarlo así");
    await page.getByRole("button", { name: "Guardar y continuar" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Su beneficio calculado" })).toBeVisible();
    await expect(page.getByText("Beneficio semanal", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expectNoSidewaysScrolling(page);
    await expectNoSeriousAccessibilityProblems(page);
    await page.getByRole("button", { name: "Continuar a los documentos" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Suba sus documentos" })).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
    await expectNoSidewaysScrolling(page);
    await page.getByRole("button", { name: "Continuar a la revisión" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Revise y envíe su solicitud" })).toBeVisible();
    await expect(page.getByText(/unas 4 veces al mes, 6 horas cada vez/)).toBeVisible();
    await choose(page, /Confirmo que lo que escribí es verdadero/);
    await expectNoSidewaysScrolling(page);
    await page.getByRole("button", { name: "Enviar la solicitud" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Recibimos su solicitud" })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText(/CO-FAMLI-\d{4}-\d{6}/)).toBeVisible();
    await expectNoSidewaysScrolling(page);
  });
});
