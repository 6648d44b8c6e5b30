// The in-process migration runner on both databases, the guarantees the hand-written migration
// adds, and the drift check that the migrations build exactly what schema.prisma describes.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "../src/client.ts";
import { applyMigrations, listMigrations, migrateDatabase, type Migration } from "../src/migrations.ts";
import { createPiiCipher } from "@openleave/crypto";
import { diffMigrationsToSchema, schemaPath } from "../src/schema-diff.ts";
import { seedDemoData } from "../src/seed/seed.ts";
import { createEmptyPostgresDatabase, testDatabaseServerUrl } from "../src/testing.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** Seeds a migrated database and checks what the migrations promise. Closes the handle. */
async function expectGuarantees(handle: DatabaseHandle) {
  try {
    const pii = createPiiCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
    expect(await seedDemoData(handle.db, { pii })).toMatchObject({ seeded: true, programs: 4, claims: 16 });
    expect((await seedDemoData(handle.db, { pii })).seeded).toBe(false);
    const event = await handle.db.auditEvent.findFirstOrThrow();
    await expect(handle.db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    const numbers = await handle.db.$queryRawUnsafe<{ n: bigint }[]>("SELECT nextval('claim_number_seq') AS n");
    expect(Number(numbers[0]!.n)).toBeGreaterThanOrEqual(1000);
    // Recorded the way `prisma migrate deploy` records them, checksums included.
    const recorded = await handle.db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(recorded).toEqual(listMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  } finally {
    await handle.close();
  }
}

const broken: Migration = {
  name: "29991231000000_broken",
  sql: `CREATE TABLE "ShouldNotSurvive" (id int); SELECT no_such_function();`,
  checksum: "0".repeat(64),
};

describe("on embedded PGlite", () => {
  it("applies every migration once, and nothing the second time", async () => {
    const handle = await connectDatabase({ kind: "memory" });
    try {
      expect(await applyMigrations(handle.pglite!)).toEqual(listMigrations().map((m) => m.name));
      expect(await applyMigrations(handle.pglite!)).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it("builds a database that holds the hand-written guarantees", async () => {
    const handle = await connectDatabase({ kind: "memory" });
    await migrateDatabase({ kind: "memory", pglite: handle.pglite! });
    await expectGuarantees(handle);
  });

  it("refuses to run on a database whose applied migration was edited since", async () => {
    const handle = await connectDatabase({ kind: "memory" });
    try {
      await applyMigrations(handle.pglite!);
      await handle.pglite!.query(`UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = $1`, [
        listMigrations()[0]!.name,
      ]);
      await expect(applyMigrations(handle.pglite!)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await handle.close();
    }
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const handle = await connectDatabase({ kind: "memory" });
    try {
      await expect(applyMigrations(handle.pglite!, [...listMigrations(), broken])).rejects.toThrow(
        /29991231000000_broken failed and was rolled back/,
      );
      const tables = await handle.pglite!.query(`SELECT 1 FROM pg_tables WHERE tablename = 'ShouldNotSurvive'`);
      expect(tables.rows).toHaveLength(0);
      const rows = await handle.pglite!.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [
        broken.name,
      ]);
      expect(rows.rows).toHaveLength(0);
      // The good ones before it stay applied.
      expect(await applyMigrations(handle.pglite!)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});

describe("schema.prisma and the migrations", () => {
  it("agree: replaying the migrations builds exactly the schema (write a migration if this fails)", async () => {
    const drift = await diffMigrationsToSchema();
    expect(drift, "run `pnpm --filter @openleave/db migrate:dev --name <what>` to write the missing migration").toBe(
      "",
    );
  });

  it("a schema change without its migration is reported as the SQL that is missing", async () => {
    const changed = readFileSync(schemaPath, "utf8").replace(
      /^model Program \{/m,
      "model Program {\n  driftProbe String?",
    );
    expect(await diffMigrationsToSchema(changed)).toMatch(/ALTER TABLE "Program" ADD COLUMN\s+"driftProbe" TEXT/);
  });
});

describe.runIf(testDatabaseServerUrl())("on PostgreSQL", () => {
  it("applies every migration, is a no-op the second time, and builds the guarantees", async () => {
    const scratch = await createEmptyPostgresDatabase(testDatabaseServerUrl()!);
    cleanups.push(() => scratch.drop());
    expect(await migrateDatabase({ kind: "postgres", url: scratch.url })).toEqual(listMigrations().map((m) => m.name));
    expect(await migrateDatabase({ kind: "postgres", url: scratch.url })).toEqual([]);
    await expectGuarantees(await connectDatabase({ kind: "postgres", url: scratch.url }));
  });

  it("two replicas migrating at the same moment apply each migration exactly once", async () => {
    const scratch = await createEmptyPostgresDatabase(testDatabaseServerUrl()!);
    cleanups.push(() => scratch.drop());
    const [first, second] = await Promise.all([
      migrateDatabase({ kind: "postgres", url: scratch.url }),
      migrateDatabase({ kind: "postgres", url: scratch.url }),
    ]);
    expect([...first, ...second].sort()).toEqual(listMigrations().map((m) => m.name));
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0].n).toBe(listMigrations().length);
    } finally {
      await client.end();
    }
  });

  it("rolls a failing migration back whole", async () => {
    const scratch = await createEmptyPostgresDatabase(testDatabaseServerUrl()!);
    cleanups.push(() => scratch.drop());
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      await expect(applyMigrations(client, [...listMigrations(), broken])).rejects.toThrow(/rolled back/);
      const { rows } = await client.query(`SELECT to_regclass('"ShouldNotSurvive"') AS t`);
      expect(rows[0].t).toBeNull();
      expect(await applyMigrations(client)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
