// `pnpm db:reset`: throws away the embedded database (or, on PostgreSQL, everything in the
// public schema) and rebuilds it from the migrations and the demo seed.
import { rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { targetFromEnvironment } from "../client.ts";

const target = targetFromEnvironment();
const packageRoot = path.resolve(import.meta.dirname, "../..");
if (target.kind === "embedded") {
  rmSync(target.directory, { recursive: true, force: true });
  console.log(`Removed the embedded database at ${target.directory}.`);
} else if (target.kind === "postgres") {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
  } finally {
    await client.end();
  }
  console.log("Dropped everything in the public schema of DATABASE_URL.");
}
run("tsx", ["src/cli/migrate.ts"]);
run("tsx", ["src/cli/seed.ts"]);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: packageRoot, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
