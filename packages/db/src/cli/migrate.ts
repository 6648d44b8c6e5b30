// `pnpm db:migrate`: brings the database up to the checked-in migrations.
// PostgreSQL: `prisma migrate deploy` as the owner role (MIGRATION_DATABASE_URL, else
// DATABASE_URL), then the application role's grants restated (roles.ts) when the API connects
// as a different role (DATABASE_URL). Embedded PGlite: the same migrations applied in process
// (see applyEmbeddedMigrations for why the CLI is not used there).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { connectDatabase, targetFromEnvironment } from "../client.ts";
import { applyEmbeddedMigrations } from "../migrations.ts";
import { applyAppRoleGrants, roleOf } from "../roles.ts";

const target = targetFromEnvironment();
if (target.kind === "postgres") {
  const ownerUrl = process.env.MIGRATION_DATABASE_URL?.trim() || target.url;
  const result = spawnSync("prisma", ["migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: ownerUrl },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const appRole = roleOf(target.url);
  if (appRole !== roleOf(ownerUrl)) {
    await applyAppRoleGrants(ownerUrl, appRole);
    console.log(`Granted the application role ${appRole} its rights (append-only audit trail, owns nothing).`);
  } else {
    console.warn(
      "The API connects as the role that owns the tables: set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to an application role (see apps/api/README.md) so the audit trail cannot be erased.",
    );
  }
  process.exit(0);
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
