// The staff console end to end: a seeded adjudicator takes the next claim-review task, lands
// on the claim screen, reads the facts and the rules' explanation, starts the review, has the
// rules evaluate eligibility and asks the claimant for information; the claimant (Nadia Haddad,
// who reads Spanish) answers in the portal; the adjudicator partially approves the claim (after
// the form refuses a denial without a reason code), and the claimant downloads the decision's
// notice, a PDF in Spanish. A supervisor reassigns a task; an appeals officer schedules a
// hearing. The API, database and browser are real.
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

async function signInAsAdjudicator(page: Page) {
  await signInAs(page, "adjudicator@openleave.test");
}

async function signInAs(page: Page, email: string) {
  await page.goto(`${E2E_URLS.admin}/sign-in`);
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();
}

test.describe("adjudication in the staff console", () => {
  test("takes the next task, reviews the claim with the rules' explanation, asks for information, and decides it", async ({
    page,
    browser,
  }) => {
    await signInAsAdjudicator(page);

    // The queue tabs carry counts from the API; choose the adjudication queue.
    const tabs = page.getByRole("navigation", { name: "Queues" });
    await expect(tabs.getByRole("link", { name: /Adjudication.*open/ })).toBeVisible();
    await tabs.getByRole("link", { name: /Adjudication/ }).click();
    await expect(page).toHaveURL(/queue=ADJUDICATION/);
    await expectNoSeriousAccessibilityProblems(page);

    await page.getByRole("button", { name: "Take next task in Adjudication" }).click();
    await expect(page).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
    // Nadia Haddad's review is the only overdue task in the demo data, so it comes first
    // whatever the specs before this one added to the queue.
    const heading = page.getByRole("heading", { level: 1, name: /^Claim [A-Z]{2}-PFML-\d{4}-\d{6}: Nadia Haddad$/ });
    await expect(heading).toBeVisible();
    const claimNumber = (await heading.textContent())!.match(/[A-Z]{2}-PFML-\d{4}-\d{6}/)![0];

    // The facts, masked SSN, and the task now assigned to this adjudicator.
    await expect(page.getByText(/^\*\*\*-\*\*-\d{4}$/)).toBeVisible();
    await expect(page.getByText(/Review claim: /)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Wages and eligibility" })).toBeVisible();

    // Start the review (the claim was waiting for information), then let the rules evaluate.
    await page.getByRole("button", { name: "Start review" }).click();
    await expect(page.getByText("Review started. You can now decide or ask for information.")).toBeVisible();
    await page.getByRole("button", { name: /Evaluate eligibility/ }).click();
    await expect(page.getByText(/Eligibility evaluated/)).toBeVisible();
    const steps = page.getByRole("heading", { level: 3, name: "How the rules got there" });
    await expect(steps).toBeVisible();
    // Every step the rules took is listed, with the source it rests on.
    await expect(page.locator(".explanation-steps > li").first()).toBeVisible();
    await expect(page.getByText(/^Source:/).first()).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);

    // Ask the claimant for information: the form names what is missing, then sends it.
    const ask = page.getByRole("form", { name: "Ask for information" });
    await ask.getByRole("button", { name: "Send request" }).click();
    await expect(ask.getByRole("link", { name: "Write what you need from the claimant." })).toBeVisible();
    const question = "Envíe la carta de su médica con las fechas en que no puede trabajar.";
    await ask.getByLabel("What do you need?").fill(question);
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await ask.getByLabel("Answer due by").fill(due);
    await ask.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText("Information requested. The claimant has been notified.")).toBeVisible();

    // Nadia answers in the portal, in Spanish (her account's language).
    const portal = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await portal.goto(`${E2E_URLS.portal}/sign-in`);
    await portal.getByLabel(/email address|correo electrónico/i).fill("nadia.haddad@openleave.test");
    await portal.getByLabel(/^(password|contraseña)$/i).fill(PASSWORD);
    await portal.getByRole("button", { name: /^(sign in|iniciar sesión)$/i }).click();
    await expect(portal.locator("html")).toHaveAttribute("lang", "es");
    await portal
      .getByRole("link", { name: /ver este reclamo/i })
      .first()
      .click();
    const request = portal.locator("li.info-request").filter({ hasText: question });
    await expect(request).toBeVisible();
    await request
      .getByLabel("Su respuesta", { exact: true })
      .fill("Subí la carta de mi médica ayer; cubre cuatro semanas.");
    await request.getByRole("button", { name: "Enviar mi respuesta" }).click();
    await expect(request.getByText(/Usted respondió el/)).toBeVisible();
    await expectNoSeriousAccessibilityProblems(portal);

    // Back in the console, the answer is on the claim screen.
    await page.reload();
    await expect(page.getByText("Subí la carta de mi médica ayer; cubre cuatro semanas.")).toBeVisible();

    // A decision other than a full approval needs a reason code from the program's list.
    // USWDS radios are styled labels over a visually hidden input: click the label, as people do.
    await page.getByText("Deny", { exact: true }).click();
    await expect(page.getByRole("radio", { name: "Deny", exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByRole("heading", { name: /problems? with this form/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Choose a reason." })).toBeVisible();

    // Partially approve: the first four weeks approved, the rest of the requested leave denied.
    await page.getByText("Approve part of the leave, deny the rest").click();
    const firstDay = await page.getByLabel("First approved day").inputValue();
    const lastDay = new Date(`${firstDay}T00:00:00Z`);
    lastDay.setUTCDate(lastDay.getUTCDate() + 27);
    await page.getByLabel("Last approved day").fill(lastDay.toISOString().slice(0, 10));
    const reason = page.getByLabel("Reason for denying the rest");
    const firstReason = await reason.locator("option").nth(1).getAttribute("value");
    await reason.selectOption(firstReason!);
    await page.getByLabel("Explanation for the notice").fill("The certification covers only the first four weeks.");
    await page.getByRole("button", { name: "Record decision" }).click();

    await expect(page.getByText("Decision recorded: Partially approved. The notice has been issued.")).toBeVisible();
    await expect(page.getByText(/^Partially approved$/).first()).toBeVisible();
    // Both parts are visible as leave periods: the approved weeks and the denied rest.
    const periods = page.getByRole("table", { name: "Leave periods" });
    await expect(periods.getByRole("row")).toHaveCount(3);
    await expect(periods.getByText("Approved")).toBeVisible();
    await expect(periods.getByText("Denied")).toBeVisible();
    // And on the calendar, day by day.
    await expect(page.getByRole("heading", { level: 3, name: "Leave on the calendar" })).toBeVisible();
    await expect(page.getByRole("cell", { name: /^\d+ ?, Approved$/ }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: /^\d+ ?, Denied$/ }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Decisions" })).toBeVisible();
    await expect(page.getByText(`Reason code: ${firstReason}`)).toBeVisible();
    // Nothing left to decide, and the decision is in the audit trail.
    await expect(page.getByRole("button", { name: "Record decision" })).toHaveCount(0);
    await expect(page.getByText("claim.record_determination")).toBeVisible();

    // The notice reached Nadia in Spanish: she downloads the PDF from her claim page.
    await portal.reload();
    const notice = portal
      .locator("li")
      .filter({ has: portal.getByRole("heading", { name: /Parte de su licencia fue aprobada/ }) });
    await expect(notice).toBeVisible();
    const [download] = await Promise.all([
      portal.waitForEvent("download"),
      notice.getByRole("link", { name: /^Descargar PDF: Parte de su licencia fue aprobada/ }).click(),
    ]);
    const text = await textOf(download);
    expect(text).toContain("Aviso de decisión: aprobada en parte");
    expect(text).toContain("Hola, Nadia:");
    expect(text).toContain("The certification covers only the first four weeks.");
    expect(text).not.toContain("Your right to appeal");
    await portal.context().close();

    // The claim is found again by its number.
    await page.getByRole("link", { name: "Find a claim" }).first().click();
    await page.getByLabel(/Claim number, claimant name/).fill(claimNumber);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("link", { name: claimNumber })).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
  });

  test("a supervisor gives a task to another staff member", async ({ page }) => {
    await signInAs(page, "supervisor@openleave.test");
    const table = page.getByRole("table", { name: /open tasks/i });
    const select = table.getByLabel(/^Give .* to$/).first();
    await expect(select).toBeVisible();
    const label = (await select.getAttribute("id"))!;
    await select.selectOption({ label: "Jordan Lee" });
    await table.locator(`#${label} ~ button`).click();
    await expect(page.getByText(/is now assigned to Jordan Lee\./)).toBeVisible();
    await expect(table.getByText("Jordan Lee").first()).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
  });

  test("an appeals officer schedules the hearing, and a decision on the merits waits for it", async ({ page }) => {
    await signInAs(page, "appeals@openleave.test");
    await page.getByRole("link", { name: "Appeals" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Appeals" })).toBeVisible();
    const card = page.locator(".appeal-card").first();
    await expect(card.getByText("Filed", { exact: true }).first()).toBeVisible();
    const inAWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const local = `${inAWeek.getFullYear()}-${String(inAWeek.getMonth() + 1).padStart(2, "0")}-${String(inAWeek.getDate()).padStart(2, "0")}T10:00`;
    await card.getByLabel("Hearing date and time").fill(local);
    await card.getByRole("button", { name: "Schedule hearing" }).click();
    await expect(card.getByText("Hearing scheduled")).toBeVisible();
    await expect(card.getByText(/can be recorded after the hearing on/)).toBeVisible();
    // Before the hearing only a dismissal is offered.
    await expect(card.getByLabel("Outcome").locator("option")).toHaveText([
      "- Choose an outcome -",
      "Dismiss the appeal",
    ]);
    await expectNoSeriousAccessibilityProblems(page);
  });
});
