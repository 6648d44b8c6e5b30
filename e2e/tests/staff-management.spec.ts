// Staff management in the console, end to end: a program administrator invites a staff member
// (the set-password link arrives through the email outbox), the new person chooses a password
// and signs in, the administrator changes their roles and disables the account, and the open
// session in the other browser ends at once. English and Spanish, axe on every page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const NEW_PASSWORD = "A-new-staff-member-2026";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signIn(page: Page, email: string, password: string, workQueue: RegExp = /work queue/i) {
  await page.goto(`${E2E_URLS.admin}/sign-in`);
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: workQueue, level: 1 })).toBeVisible();
}

async function setPasswordLink(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${E2E_URLS.api}/dev/outbox?format=json&to=${encodeURIComponent(email)}`);
        const { messages } = (await response.json()) as { messages: { text: string }[] };
        link = messages.map((m) => /https?:\/\/\S+\/set-password\?token=\S+/.exec(m.text)?.[0]).find(Boolean);
        return link;
      },
      { timeout: 30_000 },
    )
    .toBeTruthy();
  return link!;
}

test("a program administrator invites, re-roles and disables a staff member", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = `new.staff.${Date.now()}@openleave.test`;
  await signIn(page, "admin@openleave.test", PASSWORD);
  await page.getByRole("link", { name: "Staff accounts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Staff" })).toContainText("adjudicator@openleave.test");
  await expectNoSeriousAccessibilityProblems(page);

  // Mistakes are explained by their fields and nothing is sent.
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("link", { name: "Enter the person's full name." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose at least one role." })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  const invite = page.getByRole("form", { name: "Invite a staff member" });
  await invite.getByLabel("Full name").fill("Jordan Ellis");
  await invite.getByLabel("Work email address").fill(email);
  await invite.getByText("Adjudicator", { exact: true }).click();
  await invite.getByLabel("Language of the invitation email").selectOption("ES");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const row = page.getByRole("row", { name: /Jordan Ellis/ });
  await expect(row).toContainText("Invitation sent");

  // The new staff member, in their own browser: the link from the outbox, a password, sign in.
  const theirs = await browser.newContext();
  const staffPage = await theirs.newPage();
  await staffPage.goto(await setPasswordLink(email));
  await expect(staffPage.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(staffPage);
  await staffPage.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await staffPage.getByLabel("Type the new password again").fill(NEW_PASSWORD);
  await staffPage.getByRole("button", { name: "Save new password" }).click();
  await expect(staffPage.getByRole("heading", { name: "Your password is saved" })).toBeVisible();
  // Invited in Spanish, the account's language: the console opens in Spanish on this new device.
  await signIn(staffPage, email, NEW_PASSWORD, /cola de trabajo/i);
  // An adjudicator does not see the staff accounts link.
  await expect(staffPage.getByRole("link", { name: "Cuentas del personal" })).toHaveCount(0);

  // Back as the administrator: add a role.
  await page.reload();
  await expect(page.getByRole("row", { name: /Jordan Ellis/ })).toContainText("Active");
  await page
    .getByRole("row", { name: /Jordan Ellis/ })
    .getByRole("button", { name: /Manage/ })
    .click();
  const manage = page.getByRole("region", { name: "Manage Jordan Ellis" });
  await expect(manage.getByRole("heading", { name: "Manage Jordan Ellis" })).toBeFocused();
  await manage.getByText("Supervisor", { exact: true }).click();
  await manage.getByRole("button", { name: "Save roles" }).click();
  await expect(manage.getByText("Jordan Ellis's roles are saved.", { exact: false })).toBeVisible();
  await expect(page.getByRole("row", { name: /Jordan Ellis/ })).toContainText("Adjudicator, Supervisor");
  await expectNoSeriousAccessibilityProblems(page);

  // Disable: a reason is required, then the other browser's session ends at once.
  await manage.getByRole("button", { name: "Disable account" }).click();
  await expect(manage.getByText("Say why, for the audit trail.")).toBeVisible();
  await manage.getByLabel("Reason").fill("Moved to another agency");
  await manage.getByRole("button", { name: "Disable account" }).click();
  await expect(manage.getByText("Jordan Ellis's account is disabled and every session has ended.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Jordan Ellis/ })).toContainText("Disabled");

  await staffPage.reload();
  await expect(staffPage).toHaveURL(/\/sign-in/);
  await staffPage.getByLabel("Correo electrónico del trabajo").fill(email);
  await staffPage.getByLabel("Contraseña", { exact: true }).fill(NEW_PASSWORD);
  await staffPage.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(staffPage.getByRole("heading", { name: /cola de trabajo|work queue/i, level: 1 })).toHaveCount(0);
  await theirs.close();

  // The page in Spanish.
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cuentas del personal" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Jordan Ellis/ })).toContainText("Desactivada");
  await expectNoSeriousAccessibilityProblems(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("staff who are not program administrators are told the page is not theirs", async ({ page }) => {
  await signIn(page, "supervisor@openleave.test", PASSWORD);
  await expect(page.getByRole("link", { name: "Staff accounts" })).toHaveCount(0);
  await page.goto(`${E2E_URLS.admin}/users`);
  await expect(page.getByText("Only program administrators manage staff accounts.")).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
});
