// Languages and dates through a real browser: a calendar date from the API is shown as that
// same day whatever the browser's time zone, and the language chosen with the toggle stays
// chosen across pages and sign-in.
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const MONTHS_EN = "January February March April May June July August September October November December".split(" ");
const MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" ");

/** "2026-12-02" written out from its own digits, independently of the app's formatting. */
function spelled(isoDate: string, language: "en" | "es") {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return language === "en" ? `${MONTHS_EN[month - 1]} ${day}, ${year}` : `${day} de ${MONTHS_ES[month - 1]} de ${year}`;
}

interface ClaimNode {
  claimNumber: string | null;
  leavePeriods: { startDate: string; endDate: string }[];
}

/** The claim card shows the earliest start to the latest end. */
function span(claim: ClaimNode) {
  const starts = claim.leavePeriods.map((period) => period.startDate).sort();
  const ends = claim.leavePeriods.map((period) => period.endDate).sort();
  return { start: starts[0]!, end: ends[ends.length - 1]! };
}

/** Signs in as María and returns the claims the API sent to her home page. */
async function signInAndReadClaims(page: Page, labels: { email: RegExp; password: RegExp; submit: RegExp }) {
  await page.getByLabel(labels.email).fill("maria.garcia@openleave.test");
  await page.getByLabel(labels.password).fill(PASSWORD);
  const claimsResponse = page.waitForResponse(
    (response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes("MyClaims"),
  );
  await page.getByRole("button", { name: labels.submit }).click();
  const body = (await (await claimsResponse).json()) as { data: { myClaims: { edges: { node: ClaimNode }[] } } };
  return body.data.myClaims.edges.map((edge) => edge.node);
}

const ENGLISH = { email: /email address/i, password: /^password$/i, submit: /^sign in$/i };
const SPANISH = { email: /correo electrónico/i, password: /^contraseña$/i, submit: /^iniciar sesión$/i };

for (const timezoneId of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
  test.describe(`a browser in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test("shows each leave date on the day the API gives", async ({ page }) => {
      await page.goto(`${E2E_URLS.portal}/sign-in`);
      const claims = await signInAndReadClaims(page, ENGLISH);
      const withDates = claims.filter((claim) => claim.leavePeriods.length > 0);
      expect(withDates.length).toBeGreaterThan(0);
      for (const claim of withDates) {
        const { start, end } = span(claim);
        await expect(page.getByText(`${spelled(start, "en")} to ${spelled(end, "en")}`).first()).toBeVisible();
      }
    });
  });
}

test("keeps the language chosen with the toggle across pages and sign-in", async ({ page }) => {
  await page.goto(E2E_URLS.portal);
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  await page.goto(`${E2E_URLS.portal}/sign-in`);
  await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
  const claims = await signInAndReadClaims(page, SPANISH);
  await expect(page.getByRole("heading", { name: "Sus solicitudes y reclamos" })).toBeVisible();
  const claim = claims.find((candidate) => candidate.leavePeriods.length > 0);
  expect(claim).toBeDefined();
  const { start, end } = span(claim!);
  await expect(page.getByText(`Del ${spelled(start, "es")} al ${spelled(end, "es")}`).first()).toBeVisible();

  // And back: the toggle on a Spanish page offers English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Your applications and claims" })).toBeVisible();
});
