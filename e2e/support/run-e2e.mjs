#!/usr/bin/env node
// `pnpm --filter @openleave/e2e e2e` (the last step of `pnpm test`): builds the portal and admin console for the test API's
// address, finds a browser, runs the Playwright suite (which starts the servers), then checks the
// portal's first-load JavaScript budget on that build.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { findChromium } from "./find-chromium.mjs";
import { E2E_URLS } from "./ports.mjs";

const e2eRoot = path.resolve(import.meta.dirname, "..");
const repoRoot = path.resolve(e2eRoot, "..");

let browser = findChromium();
if (!browser) {
  console.log("No Chromium found; asking Playwright to install one (this needs network access)…");
  spawnSync("pnpm", ["exec", "playwright", "install", "chromium"], { cwd: e2eRoot, stdio: "inherit" });
  browser = findChromium();
}
if (!browser) {
  console.error(
    "\nThe browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`, " +
      "macOS: install Google Chrome) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the tests again.",
  );
  process.exit(1);
}
console.log(`Browser: ${browser}`);

const env = { ...process.env, OPENLEAVE_API_URL: E2E_URLS.api, CHROMIUM_PATH: browser };
run(
  "Building the portal and admin console",
  "pnpm",
  ["exec", "turbo", "run", "build", "--filter=@openleave/portal", "--filter=@openleave/admin"],
  repoRoot,
);
run("Running the browser tests", "pnpm", ["exec", "playwright", "test", ...process.argv.slice(2)], e2eRoot);
// The portal's routes must stay under 200 KB of first-load JavaScript (issue 7); measured on the
// build the browser tests just used.
run(
  "Measuring the portal's first-load JavaScript",
  process.execPath,
  ["scripts/first-load-js.mjs"],
  path.join(repoRoot, "apps/portal"),
);

function run(title, command, args, cwd) {
  console.log(`\n▸ ${title}`);
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
