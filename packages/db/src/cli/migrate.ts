// `pnpm db:migrate`: brings the database (DATABASE_URL, else the embedded one) up to the
// checked-in migrations, in process on both (see src/migrations.ts for why not the Prisma CLI).
// PostgreSQL: as the owner role (MIGRATION_DATABASE_URL, else DATABASE_URL), then the
// application role's grants restated (roles.ts) when the API connects as another role.
import { connectDatabase, targetFromEnvironment } from "../client.ts";
import { migrateDatabase } from "../migrations.ts";
import { applyAppRoleGrants, roleOf } from "../roles.ts";

const target = targetFromEnvironment();
const where = target.kind === "embedded" ? `the embedded database at ${target.directory}` : "PostgreSQL (DATABASE_URL)";
let applied: string[];
if (target.kind === "postgres") {
  const ownerUrl = process.env.MIGRATION_DATABASE_URL?.trim() || target.url;
  applied = await migrateDatabase({ kind: "postgres", url: ownerUrl });
  const appRole = roleOf(target.url);
  if (appRole !== roleOf(ownerUrl)) {
    await applyAppRoleGrants(ownerUrl, appRole);
    console.log(`Granted the application role ${appRole} its rights (append-only audit trail, owns nothing).`);
  } else {
    console.warn(
      "The API connects as the role that owns the tables: set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to an application role (see the README, Database roles) so the audit trail cannot be erased.",
    );
  }
} else {
  const handle = await connectDatabase(target);
  try {
    applied = await migrateDatabase({ kind: "embedded", pglite: handle.pglite! });
  } finally {
    await handle.close();
  }
}
console.log(
  applied.length
    ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`
    : `${where[0]!.toUpperCase()}${where.slice(1)} is up to date: no pending migrations.`,
);
