// Applying the checked-in migrations, in process, on both databases. Prisma 7's CLI can only
// migrate through its native schema engine, which offline machines cannot download; this runner
// does what `prisma migrate deploy` does and records it the same way in `_prisma_migrations`.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
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

/**
 * What the runner needs from a connection: a script sent whole (the simple query protocol, so a
 * PL/pgSQL body with semicolons in it stays one statement) and a parameterised query. A pg
 * `Client` (one connection, never a pool: the lock and the transaction must share it) and a
 * PGlite instance both fit.
 */
export type MigrationConnection = pg.Client | PGlite;

// Prisma's own bookkeeping table, created exactly as `prisma migrate deploy` creates it, so the
// Prisma CLI, this runner and any tool that reads the table agree on what has been applied.
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

// The advisory lock key Prisma Migrate takes, so two replicas starting at once (or this runner
// and a Prisma CLI) never apply the same migration twice.
const MIGRATION_LOCK_KEY = 72707369;

/**
 * Applies the pending migrations, oldest first, each in its own transaction together with its
 * `_prisma_migrations` row: a migration that fails leaves nothing behind and stops the run.
 * Refuses to continue when an applied migration's file was edited since. Returns the names applied.
 */
export async function applyMigrations(
  connection: MigrationConnection,
  migrations: Migration[] = listMigrations(),
): Promise<string[]> {
  const run = queryFunction(connection);
  await run(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    await run(PRISMA_MIGRATIONS_TABLE);
    const applied = await run(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(applied.rows.map((row) => [String(row.migration_name), String(row.checksum)]));
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied to this database. Reset it with \`pnpm db:reset\`.`,
          );
        }
        continue;
      }
      await run("BEGIN");
      try {
        await execScript(connection, migration.sql);
        await run(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await run("COMMIT");
      } catch (error) {
        await run("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, {
          cause: error,
        });
      }
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await run(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}

type Rows = { rows: Record<string, unknown>[] };

function queryFunction(connection: MigrationConnection): (sql: string, params?: unknown[]) => Promise<Rows> {
  if ("exec" in connection) return (sql, params) => connection.query<Record<string, unknown>>(sql, params);
  return (sql, params) => connection.query<Record<string, unknown>>(sql, params);
}

/** A whole script in one round trip: pg sends a query without parameters as a simple query. */
async function execScript(connection: MigrationConnection, script: string): Promise<void> {
  if ("exec" in connection) await connection.exec(script);
  else await connection.query(script);
}

/**
 * Brings a database up to the checked-in migrations: PostgreSQL through one dedicated
 * connection, embedded PGlite through the handle's own instance (PGlite is single-process).
 */
export async function migrateDatabase(
  target: { kind: "postgres"; url: string } | { kind: "embedded" | "memory"; pglite: PGlite },
): Promise<string[]> {
  if (target.kind !== "postgres") return applyMigrations(target.pglite);
  const { default: pgModule } = await import("pg");
  const client = new pgModule.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await applyMigrations(client);
  } finally {
    await client.end();
  }
}
