#!/usr/bin/env node
// `pnpm dev`: everything a newcomer needs to see OpenLeave running.
//   1. generate the Prisma client (pnpm does not run dependency install scripts),
//   2. migrate the database — the embedded PGlite one under .data/ unless DATABASE_URL is set —
//      and seed the demo data on first run,
//   3. start the API, the portal and the admin console together, and print where they are.
import { spawn, spawnSync } from "node:child_process";
import { DEMO_ACCOUNTS_TEXT, waitForUrls } from "./lib/dev-support.mjs";

// The portal and admin proxy /graphql to the API on this machine, which therefore sees every
// browser through them; X-Forwarded-For (set by Next) tells the API who the client is, for
// the per-address sign-in limit. One trusted hop: the address Next appended, never what the
// browser itself wrote in the header. Only local processes can reach the API here.
const env = { TRUST_PROXY: "1", ...process.env };
const where = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "the embedded database in .data/pglite";

step("Generating the database client", "pnpm", ["--filter", "@openleave/db", "generate"]);
if (env.DATABASE_URL) useSeparateDatabaseRoles();
step(`Migrating ${where}`, "pnpm", ["--filter", "@openleave/db", "migrate"]);
step("Seeding demo data (first run only)", "pnpm", ["--filter", "@openleave/db", "seed"]);

console.log(
  "\nStarting the API (http://localhost:4000), portal (http://localhost:3000) and admin console (http://localhost:3001)…\n",
);
// Turbo runs in its own process group so that Ctrl+C reaches it exactly once, from here: a
// second interrupt makes turbo kill the servers outright, without letting the API close the
// embedded database.
const servers = spawn(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "dev",
    "--filter=@openleave/api",
    "--filter=@openleave/portal",
    "--filter=@openleave/admin",
    "--ui=stream",
  ],
  { stdio: "inherit", env, detached: true },
);

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  servers.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
servers.on("exit", (code) => process.exit(code ?? 0));

// The job worker (timers, payment schedule, payment runs). On the embedded database the API
// runs it in-process, since PGlite belongs to one process.
if (env.DATABASE_URL) {
  const worker = spawn("pnpm", ["--filter", "@openleave/api", "worker"], { stdio: "inherit", env });
  servers.on("exit", () => worker.kill("SIGTERM"));
  console.log("Starting the job worker (timers and payment runs) alongside the API…");
}

waitForUrls(["http://localhost:4000/readyz", "http://localhost:3000/", "http://localhost:3001/"], 300_000).then(
  () => {
    console.log(`
──────────────────────────────────────────────────────────────
 OpenLeave is running on ${where}

   Portal (claimants and employers)  http://localhost:3000
   Admin console (program staff)     http://localhost:3001
   API (GraphQL)                     http://localhost:4000/graphql
   Health / readiness                http://localhost:4000/healthz  /readyz

${DEMO_ACCOUNTS_TEXT}
 Press Ctrl+C to stop.
──────────────────────────────────────────────────────────────
`);
  },
  (error) => console.error(`\nThe servers did not all come up: ${error.message}\nSee the output above for the reason.`),
);

/**
 * PostgreSQL: migrations run as an owner role and the API as an application role that owns
 * nothing (it cannot erase the audit trail). When DATABASE_URL's role may create roles, both
 * are created here (packages/db `roles`); otherwise DATABASE_URL is taken to be the app role
 * and MIGRATION_DATABASE_URL, if set, the owner.
 */
function useSeparateDatabaseRoles() {
  console.log("▸ Setting up the database's owner and application roles");
  const result = spawnSync("pnpm", ["--silent", "--filter", "@openleave/db", "roles"], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.status !== 0) {
    console.error("\n✗ Setting up the database roles failed. See the output above.");
    process.exit(result.status ?? 1);
  }
  const line = result.stdout.trim().split("\n").at(-1) ?? "{}";
  const urls = JSON.parse(line);
  if (urls.appUrl) {
    env.MIGRATION_DATABASE_URL = urls.migrationUrl;
    env.DATABASE_URL = urls.appUrl;
    console.log("  Migrations run as openleave_owner; the API connects as openleave_app.");
  }
}

function step(title, command, args) {
  console.log(`▸ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status}). See the output above.`);
    process.exit(result.status ?? 1);
  }
}
