#!/usr/bin/env node
// The API for the browser tests: a fresh embedded database in a temporary folder, migrated and
// seeded with the demo data, removed again when the test run stops the server.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { E2E, E2E_URLS } from "./ports.mjs";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "openleave-e2e-"));
const env = {
  ...process.env,
  DATABASE_URL: "",
  OPENLEAVE_DATA_DIR: dataDir,
  PORT: String(E2E.apiPort),
  HOST: "127.0.0.1",
  LOG_LEVEL: process.env.E2E_API_LOG_LEVEL ?? "warn",
  PORTAL_URL: E2E_URLS.portal,
  ADMIN_URL: E2E_URLS.admin,
  API_PUBLIC_URL: E2E_URLS.api,
  // The portal and admin proxy to the API: one trusted hop.
  TRUST_PROXY: "1",
};

for (const script of ["migrate", "seed"]) {
  const result = spawnSync("pnpm", ["--filter", "@openleave/db", script], { cwd: repoRoot, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const api = spawn(process.execPath, ["--import", "tsx", "apps/api/src/main.ts"], {
  cwd: path.join(repoRoot),
  env,
  stdio: "inherit",
});
const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => api.kill("SIGTERM"));
api.on("exit", (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
