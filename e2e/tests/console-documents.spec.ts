// Documents shown in the page on the console's claim screen, against the real API and seeded
// database: Paulo Mendes (demo data only this spec uses) sent a certification as a PDF and a photo
// of its second page. An adjudicator finds his claim, reads the PDF in its frame and the photo
// beside the review control, and accepts the PDF. The inline view is served to staff only and may
// be framed by the console's origin only: a page of the portal cannot frame it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test("an adjudicator reads a claim's PDF and photo in the page and accepts the PDF", async ({ page }) => {
  await page.goto(`${E2E_URLS.admin}/sign-in`);
  await page.getByLabel(/email address/i).fill("adjudicator@openleave.test");
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: /work queue/i, level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "Find a claim" }).first().click();
  await page.getByLabel(/Claim number, claimant name/).fill("Mendes");
  await page.getByRole("button", { name: "Search" }).click();
  // The frame may load as soon as the screen renders: listen before opening the claim.
  const framed = page.waitForResponse(
    (r) => r.url().endsWith("?view=inline") && r.headers()["content-type"] === "application/pdf",
  );
  await page
    .getByRole("row", { name: /Paulo Mendes/ })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /: Paulo Mendes$/ })).toBeVisible();

  const documents = page.getByRole("region", { name: "Documents" });
  const pdf = documents.getByTitle("Medical certification: certification.pdf");
  // Frames and images load when they come near the viewport.
  await pdf.scrollIntoViewIfNeeded();
  const response = await framed;
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toMatch(/^inline;/);
  expect(headers["content-security-policy"]).toBe(`frame-ancestors ${E2E_URLS.admin}`);
  // The browser framed it (a refused frame shows Chrome's error page instead of the file).
  await expect
    .poll(() => page.frames().map((frame) => frame.url()))
    .toContainEqual(expect.stringMatching(/\/files\/documents\/[0-9a-f-]{36}\?view=inline$/));
  expect(page.frames().some((frame) => frame.url().startsWith("chrome-error:"))).toBe(false);
  await expect(documents.getByRole("link", { name: "download certification.pdf" })).toBeVisible();

  const photo = documents.getByRole("img", {
    name: "Photo uploaded as Medical certification: certification-page-2.png",
  });
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(240);
  await expectNoSeriousAccessibilityProblems(page);

  // The review control sits beside the document it decides.
  await documents.getByRole("button", { name: /^Accept\W+certification\.pdf$/ }).click();
  await expect(documents.getByRole("button", { name: /^Accept\W+certification\.pdf$/ })).toHaveCount(0);
  await expect(
    documents.locator("li").filter({ has: page.getByTitle("Medical certification: certification.pdf") }),
  ).toContainText("· Accepted");
  await expect(documents.getByRole("button", { name: /^Accept\W+certification-page-2\.png$/ })).toBeVisible();

  // Another origin cannot frame the inline view, even with the staff member's cookies on hand.
  const fileUrl = new URL(response.url());
  // (A page that stays put: the sign-in page would send a signed-in person onward.)
  await page.goto(`${E2E_URLS.portal}/accessibility`);
  await page.waitForLoadState("networkidle");
  const refused = page.waitForEvent("console", (message) => /frame-ancestors|Refused to frame/i.test(message.text()));
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.src = src;
    frame.title = "probe";
    document.body.append(frame);
  }, `${E2E_URLS.admin}${fileUrl.pathname}${fileUrl.search}`);
  expect((await refused).text()).toContain(E2E_URLS.admin);
});
