// A newcomer's account in Chromium against the real API: sign up, read the confirmation link
// from the development outbox, confirm the address, then confirm their identity as a seeded
// worker who has wages on file and no account (Kwame Mensah; the README's example, Lena
// Nguyen, is left for the application journey).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function confirmationLink(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const response = await fetch(`${E2E_URLS.api}/dev/outbox?format=json&to=${encodeURIComponent(email)}`);
      const { messages } = (await response.json()) as { messages: { text: string }[] };
      link = messages.map((m) => /https?:\/\/\S+\/verify-email\?token=\S+/.exec(m.text)?.[0]).find(Boolean);
      return link;
    })
    .toBeTruthy();
  return link!;
}

test("a newcomer signs up, confirms the email from the outbox and links their identity", async ({ page }) => {
  const email = `newcomer.${Date.now()}@example.test`;
  await page.goto(E2E_URLS.portal);
  await page.getByRole("link", { name: "Create an account" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // A mistake first: explained by the field, nothing sent.
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("link", { name: "Use at least 12 characters." })).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill("a-long-newcomer-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(`We sent a link to ${email}`)).toBeVisible();

  await page.goto(await confirmationLink(email));
  await expect(page.getByRole("heading", { name: "Your email address is confirmed" })).toBeVisible();
  await page.getByRole("link", { name: "Go to your account" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText("Confirmed", { exact: true })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  // A wrong birth date gets the generic refusal; the entries stay.
  await page.getByLabel("First name").fill("Kwame");
  await page.getByLabel("Last name").fill("Mensah");
  await page.getByLabel("Date of birth").fill("1990-12-02");
  await page.getByLabel("Social Security number or ITIN").fill("900-70-0008");
  await page.getByRole("button", { name: "Confirm my identity" }).click();
  await expect(page.getByText(/We could not confirm your identity/).first()).toBeVisible();
  await expect(page.getByLabel("Last name")).toHaveValue("Mensah");

  await page.getByLabel("Date of birth").fill("1990-12-01");
  await page.getByRole("button", { name: "Confirm my identity" }).click();
  await expect(page.getByRole("heading", { name: "Your identity is confirmed" })).toBeVisible();
  await expect(page.getByText(/Kwame Mensah \(SSN \*\*\*-\*\*-0008\)/)).toBeVisible();

  // Signed in, the sign-in page sends them on.
  await page.goto(`${E2E_URLS.portal}/sign-in?returnTo=%2Faccount`);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Linked to your records")).toBeVisible();
});
