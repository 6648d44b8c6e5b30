// The employer journey in a browser: a person signs up, confirms the address, asks to
// administer Puget Sound Bakery by its FEIN, fails verification once (clear message, tries
// left), passes it, finds a new claim from one of the
// employer's workers on the dashboard, contests it with a reason, a comment and a document before
// the deadline, and sees the contest on the claim. The worker sees the claim in review without
// the employer's comment, and the administrator of another employer can neither see nor answer it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const COMMENT = "Her leave starts a week later than the application says.";
// Puget Sound Bakery's latest quarter on file: Aisha Khan 8,300.00 + Tom Becker 2,600.00 (demo seed).
const BAKERY_LATEST_QUARTER_WAGES = "10900.00";

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function signIn(page: Page, email: string) {
  await page.goto(`${E2E_URLS.portal}/sign-in`);
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
}

/** USWDS moves checkbox and radio inputs off screen behind their styled labels: click the label. */
async function tick(page: Page, label: string) {
  await page.locator("label", { hasText: label }).click();
  await expect(page.getByLabel(label)).toBeChecked();
}

/** GraphQL through the portal's proxy, as the browser sends it (session cookie + CSRF header). */
async function apiAs(request: APIRequestContext, email: string) {
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const state = await request.storageState();
    const csrf = state.cookies.find((cookie) => cookie.name === "ol_csrf")?.value;
    const response = await request.post(`${E2E_URLS.portal}/graphql`, {
      data: { query, variables },
      headers: { "content-type": "application/json", ...(csrf ? { "x-csrf-token": csrf } : {}) },
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers; the assertions check them
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  };
  const signedIn = await call(`mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`, {
    input: { email, password: PASSWORD },
  });
  expect(signedIn.data?.signIn.__typename).toBe("MutationSignInSuccess");
  return call;
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

function isoDaysFromToday(days: number): string {
  // Pacific time: the WA program's calendar.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test.describe.configure({ mode: "serial" });

let claimId = "";
let claimNumber = "";
let bakeryId = "";

test("a worker of Puget Sound Bakery files a claim (through the API)", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const aisha = await apiAs(request, "aisha.khan@openleave.test");
  const profile = await aisha(`{ programs { id jurisdiction } myProfile { employers { id name } } }`);
  const programId = profile.data!.programs.find((p: { jurisdiction: string }) => p.jurisdiction === "WA").id;
  bakeryId = profile.data!.myProfile.employers.find((e: { name: string }) => e.name === "Puget Sound Bakery").id;
  const created = await aisha(
    `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`,
    { input: { programId, employerId: bakeryId } },
  );
  claimId = created.data!.createApplication.data.id;
  const start = isoDaysFromToday(35);
  const updated = await aisha(
    `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on Error { code message } } }`,
    {
      input: {
        claimId,
        leaveReason: "OWN_HEALTH",
        conditionDescription: "Knee surgery and rehabilitation",
        leavePeriods: [{ kind: "CONTINUOUS", startDate: start, endDate: isoDaysFromToday(48) }],
      },
    },
  );
  expect(updated.data!.updateApplication.__typename).toBe("MutationUpdateApplicationSuccess");
  const submitted = await aisha(
    `mutation($id: ID!) { submitApplication(claimId: $id) { __typename ... on MutationSubmitApplicationSuccess { data { claimNumber status } } ... on Error { code message } } }`,
    { id: claimId },
  );
  expect(submitted.data!.submitApplication.data.status).toBe("PENDING_EMPLOYER_RESPONSE");
  claimNumber = submitted.data!.submitApplication.data.claimNumber;
  await request.dispose();
});

test("a new administrator signs up, asks for the bakery, verifies after one wrong amount, then contests the claim with a document", async ({
  page,
}) => {
  // A person new to the portal: an account first, its address confirmed from the outbox.
  const email = `payroll.${Date.now()}@pugetsoundbakery.test`;
  await page.goto(`${E2E_URLS.portal}/sign-up`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("bakery-payroll-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await confirmationLink(email));
  await expect(page.getByRole("heading", { name: "Your email address is confirmed" })).toBeVisible();

  // Asks to administer the bakery by its FEIN: a wrong number is explained first.
  await page.goto(`${E2E_URLS.portal}/employers/new`);
  await expect(page.getByRole("heading", { name: "Ask to administer an employer" })).toBeVisible();
  await page.getByLabel("Federal employer ID (FEIN)").fill("12-345");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("link", { name: "Enter the 9-digit FEIN, for example 91-0000001." })).toBeVisible();
  await page.getByLabel("Federal employer ID (FEIN)").fill("91-0000002");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Verify that you administer Puget Sound Bakery" })).toBeVisible();
  await expect(page.getByText("You have 3 tries left.")).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);

  await page.getByLabel("Amount in dollars and cents").fill("10000.00");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(
    page.getByText(/does not match a recent quarterly report on file\. You have 2 tries left/).first(),
  ).toBeVisible();
  await expect(page.getByText("You have 2 tries left.", { exact: true })).toBeVisible();

  await page.getByLabel("Amount in dollars and cents").fill(`$${BAKERY_LATEST_QUARTER_WAGES}`);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "You are verified" })).toBeVisible();
  await page.getByRole("link", { name: "See the claims" }).click();

  await expect(page.getByRole("heading", { name: "Claims for Puget Sound Bakery" })).toBeVisible();
  // Aisha's new claim and Tom Becker's demo claim both wait for the bakery.
  await expect(page.getByText("2 claims wait for your response")).toBeVisible();
  await page.getByLabel("Worker name").fill("khan");
  await tick(page, "Only claims waiting for my response");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const card = page.getByRole("article", { name: `Review claim ${claimNumber}` });
  await expect(card.getByText(/^Respond by /)).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  await card.getByRole("link").click();

  await expect(page.getByRole("heading", { name: `Claim ${claimNumber}` })).toBeVisible();
  await expect(page.getByText("***-**-0002")).toBeVisible();
  await expect(page.getByText(/Knee surgery/)).toHaveCount(0);
  await page.getByLabel("First day of leave").fill(isoDaysFromToday(42));
  await tick(page, "Contest: I disagree with the claim");
  await tick(page, "The leave dates are wrong");
  await page.getByLabel("Comment").fill(COMMENT);
  await page.getByLabel("Evidence (optional)").setInputFiles({
    name: "schedule.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  });
  await expectNoSeriousAccessibilityProblems(page);
  await page.getByRole("button", { name: "Send response" }).click();

  await expect(page.getByRole("heading", { name: "Your response was sent" })).toBeVisible();
  await expect(page.getByText(/You contested this claim on/)).toBeVisible();
  await expect(page.getByText("The leave dates are wrong")).toBeVisible();
  await expect(page.getByText(COMMENT)).toBeVisible();
  await expect(page.getByText("schedule.pdf")).toBeVisible();
});

test("the worker sees the claim in review, without the employer's comment or evidence", async ({ page }) => {
  await signIn(page, "aisha.khan@openleave.test");
  await expect(page.getByRole("heading", { name: `Claim ${claimNumber}` })).toBeVisible();
  await expect(page.getByText(COMMENT)).toHaveCount(0);
  await page
    .getByRole("article", { name: `Claim ${claimNumber}` })
    .getByRole("link", { name: /see this claim/i })
    .click();
  await expect(page.getByRole("heading", { name: `Claim ${claimNumber}`, level: 1 })).toBeVisible();
  await expect(page.getByText(/^Your employer responded on /)).toBeVisible();
  await expect(page.getByText(COMMENT)).toHaveCount(0);
  // The employer's contest evidence is not hers to read (the API leaves it out of her claim).
  await expect(page.getByText("schedule.pdf")).toHaveCount(0);
});

test("another employer's administrator can neither see nor answer the claim", async ({ page, playwright }) => {
  await signIn(page, "hr@evergreen-robotics.test");
  await expect(page.getByRole("heading", { name: /employers you manage/i })).toBeVisible();
  await page.goto(`${E2E_URLS.portal}/employers/${bakeryId}/claims/${claimId}`);
  await expect(page.getByText(/could not find this claim/)).toBeVisible();
  await page.goto(`${E2E_URLS.portal}/employers/${bakeryId}`);
  await expect(page.getByText(/not a verified administrator of this employer/)).toBeVisible();

  const request = await playwright.request.newContext();
  const evergreen = await apiAs(request, "hr@evergreen-robotics.test");
  const direct = await evergreen(`query($id: ID!) { claim(id: $id) { id employerResponses { id } } }`, { id: claimId });
  expect(direct.data?.claim ?? null).toBeNull();
  const response = await evergreen(
    `query($e: ID!) { employerClaims(employerId: $e, first: 5) { edges { node { id } } } }`,
    { e: bakeryId },
  );
  expect(response.data!.employerClaims.edges).toEqual([]);
  await request.dispose();
});

test("the review page fits a 375 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, "hr@evergreen-robotics.test");
  await page.getByRole("link", { name: "See claims for Evergreen Robotics LLC" }).click();
  await page.getByRole("article").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: /^Claim / })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
