// `pnpm db:reset`: throws away the embedded database (or, on PostgreSQL, every table) and
// rebuilds it from the migrations and the demo seed.
import { rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { targetFromEnvironment } from "../client.ts";

const target = targetFromEnvironment();
const packageRoot = path.resolve(import.meta.dirname, "../..");
if (target.kind === "embedded") {
  rmSync(target.directory, { recursive: true, force: true });
  console.log(`Removed the embedded database at ${target.directory}.`);
  run("tsx", ["src/cli/migrate.ts"]);
} else {
  run("prisma", ["migrate", "reset", "--force", "--skip-seed", "--skip-generate"]);
}
run("tsx", ["src/cli/seed.ts"]);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: packageRoot, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
