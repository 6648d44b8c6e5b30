// `pnpm db:migrate`: brings the database up to the checked-in migrations.
// PostgreSQL: `prisma migrate deploy`. Embedded PGlite: the same migrations applied in
// process (see applyEmbeddedMigrations for why the CLI is not used there).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { connectDatabase, targetFromEnvironment } from "../client.ts";
import { applyEmbeddedMigrations } from "../migrations.ts";

const target = targetFromEnvironment();
if (target.kind === "postgres") {
  const result = spawnSync("prisma", ["migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}

const handle = await connectDatabase(target);
try {
  const applied = await applyEmbeddedMigrations(handle.pglite!);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to the embedded database at ${handle.target.kind === "embedded" ? handle.target.directory : "memory"}: ${applied.join(", ")}`
      : "The embedded database is up to date: no pending migrations.",
  );
} finally {
  await handle.close();
}
