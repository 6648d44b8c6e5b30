import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { migrationsDirectory } from "./paths.ts";

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 of the file, as Prisma records it in _prisma_migrations. */
  checksum: string;
}

/** The checked-in Prisma migrations, oldest first (folder names start with a timestamp). */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDirectory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDirectory, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// Prisma's own bookkeeping table, created exactly as `prisma migrate deploy` creates it, so the
// Prisma CLI and this runner agree on what has been applied.
const PRISMA_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies pending migrations to an embedded PGlite database, each in its own transaction,
 * recording them the way `prisma migrate deploy` does. PostgreSQL goes through the Prisma CLI;
 * PGlite cannot, because the CLI never closes its adapter and an open PGlite keeps the process
 * from exiting. Returns the names applied.
 */
export async function applyEmbeddedMigrations(pglite: PGlite): Promise<string[]> {
  await pglite.exec(PRISMA_MIGRATIONS_TABLE);
  const applied = await pglite.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Map(applied.rows.map((row) => [row.migration_name, row.checksum]));
  const newlyApplied: string[] = [];
  for (const migration of listMigrations()) {
    const recorded = done.get(migration.name);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new Error(
          `Migration ${migration.name} was changed after it was applied to this database. Reset it with \`pnpm db:reset\`.`,
        );
      }
      continue;
    }
    await pglite.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    });
    newlyApplied.push(migration.name);
  }
  return newlyApplied;
}
