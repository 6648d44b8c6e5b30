// `pnpm db:migrate`: brings the database (DATABASE_URL, else the embedded one) up to the
// checked-in migrations, in process on both (see src/migrations.ts for why not the Prisma CLI).
import { connectDatabase, targetFromEnvironment } from "../client.ts";
import { migrateDatabase } from "../migrations.ts";

const target = targetFromEnvironment();
const where = target.kind === "embedded" ? `the embedded database at ${target.directory}` : "PostgreSQL (DATABASE_URL)";
let applied: string[];
if (target.kind === "postgres") {
  applied = await migrateDatabase(target);
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
