import { defineConfig, devices } from "@playwright/test";
import { E2E, E2E_URLS } from "./support/ports.mjs";

const executablePath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // Chromium as root in CI needs --no-sandbox; the network flags stop it calling home.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: [
    {
      command: "node support/start-api.mjs",
      url: `${E2E_URLS.api}/readyz`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `pnpm --dir ../apps/portal exec next start --port ${E2E.portalPort} --hostname 127.0.0.1`,
      url: E2E_URLS.portal,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { OPENLEAVE_API_URL: E2E_URLS.api },
    },
    {
      command: `pnpm --dir ../apps/admin exec next start --port ${E2E.adminPort} --hostname 127.0.0.1`,
      url: E2E_URLS.admin,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { OPENLEAVE_API_URL: E2E_URLS.api },
    },
  ],
});
