#!/usr/bin/env node
// `pnpm test`: the whole suite, the same on a laptop and in CI.
//   0. the formatter's check (Prettier; `pnpm format` fixes what it reports);
//   1. lint, typecheck, unit and integration tests of every package (through turbo);
//      database tests use PostgreSQL when TEST_DATABASE_URL is set, else in-memory PGlite;
//   2. end-to-end tests in a real browser against the real API, portal and admin console.
import { spawnSync } from "node:child_process";

const steps = [
  ["Formatting (Prettier)", "pnpm", ["exec", "prettier", "--check", "--log-level", "warn", "."]],
  [
    "Lint, typecheck, unit and integration tests",
    "pnpm",
    ["exec", "turbo", "run", "lint", "typecheck", "test", "--concurrency=3"],
  ],
  ["End-to-end browser tests", "pnpm", ["--filter", "@openleave/e2e", "e2e"]],
];

for (const [title, command, args] of steps) {
  console.log(`\n▸ ${title}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds}s (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`\n✓ ${title} passed in ${seconds}s`);
}
