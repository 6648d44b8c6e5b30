// The staff console is for staff only: a claimant and an employer's leave administrator, each
// signed in, are shown "This console is for program staff" on every console page (and no
// work, claim or payment data), and the API refuses them every staff operation they try
// directly with their own session — reads and writes.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_URLS } from "../support/ports.mjs";

const PASSWORD = "OpenLeave-demo-2026";
const SOME_ID = "00000000-0000-4000-8000-000000000000";

/** Every page of the console, read from its app folder, with an id in dynamic segments. */
function consoleRoutes(): string[] {
  const app = path.resolve(import.meta.dirname, "../../apps/admin/src/app");
  const routes: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, `${route}/${entry.startsWith("[") ? SOME_ID : entry}`);
      else if (entry === "page.tsx") routes.push(route || "/");
    }
  };
  walk(app, "");
  // Sign-in and set-password are the two pages meant for people without a session.
  return routes.filter((r) => r !== "/sign-in" && r !== "/set-password").sort();
}

async function signInToConsole(page: Page, email: string) {
  await page.goto(`${E2E_URLS.admin}/sign-in`);
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page.getByRole("heading", { name: "This console is for program staff" })).toBeVisible();
}

/** Sends one GraphQL operation with the page's own session (cookie and CSRF header). */
async function asThisSession(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const csrf = (await page.context().cookies()).find((c) => c.name === "ol_csrf")?.value ?? "";
  const response = await page.request.post(`${E2E_URLS.api}/graphql`, {
    headers: { "content-type": "application/json", "x-csrf-token": csrf },
    data: { query, variables },
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

const STAFF_READS = [
  "{ workQueue(first: 5) { edges { node { id } } } }",
  "{ paymentRuns(first: 5) { edges { node { id } } } }",
  '{ programDashboard(from: "2026-01-01", to: "2026-12-31") { __typename } }',
];
const STAFF_WRITES = [
  "mutation { takeNextTask { __typename ... on Error { code } } }",
  "mutation { startPaymentRun { __typename ... on Error { code } } }",
  `mutation { revealTaxId(personId: "${SOME_ID}", purpose: "Checking an identity document") { __typename ... on Error { code } } }`,
  `mutation { inviteStaffMember(input: { email: "new.staff@openleave.test", name: "New Staff", roles: [ADJUDICATOR] }) { __typename ... on Error { code } } }`,
];

for (const who of [
  { label: "a claimant", email: "maria.garcia@openleave.test" },
  { label: "an employer's leave administrator", email: "hr@evergreen-robotics.test" },
]) {
  test(`${who.label} sees no console page and may call no staff operation`, async ({ page }) => {
    await signInToConsole(page, who.email);
    const routes = consoleRoutes();
    expect(routes).toContain("/claims/" + SOME_ID);
    expect(routes.length).toBeGreaterThanOrEqual(12);
    for (const route of routes) {
      await page.goto(`${E2E_URLS.admin}${route}`);
      await expect(page.getByRole("heading", { name: "This console is for program staff" }), route).toBeVisible();
      await expect(page.getByRole("heading", { name: /work queue/i, level: 1 }), route).toHaveCount(0);
      await expect(page.getByRole("table"), route).toHaveCount(0);
    }

    for (const query of STAFF_READS) {
      const answer = await asThisSession(page, query);
      expect(
        answer.errors?.map((e) => e.extensions?.code),
        query,
      ).toContain("FORBIDDEN");
    }
    for (const mutation of STAFF_WRITES) {
      const answer = await asThisSession(page, mutation);
      const result = Object.values(answer.data ?? {})[0] as { __typename?: string; code?: string } | null;
      const codes = [result?.code, ...(answer.errors ?? []).map((e) => e.extensions?.code)];
      expect(codes, mutation).toContain("FORBIDDEN");
    }
  });
}
