// `prisma migrate deploy` must work against both databases, the in-process runner used for the
// embedded database must agree with it, and what they build must hold the guarantees the
// hand-written migration adds.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseTarget } from "../src/client.ts";
import { applyEmbeddedMigrations, listMigrations } from "../src/migrations.ts";
import { createPiiCipher } from "../src/pii.ts";
import { seedDemoData } from "../src/seed/seed.ts";
import { createEmptyPostgresDatabase, testDatabaseServerUrl } from "../src/testing.ts";

const packageRoot = path.resolve(import.meta.dirname, "..");
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const FINISHED = /All migrations have been successfully applied|No pending migrations to apply/;

/**
 * Runs `prisma migrate deploy` and returns its output once it reports the outcome. On PGlite the
 * CLI does its work but never exits (it does not close its adapter), so the process is stopped
 * once it has said it is done; on PostgreSQL it must exit 0 by itself.
 */
function migrateDeploy(env: Record<string, string>, mustExit: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["exec", "prisma", "migrate", "deploy"], {
      cwd: packageRoot,
      env: { ...process.env, DATABASE_URL: "", ...env },
    });
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`prisma migrate deploy did not finish:\n${output}`));
    }, 400_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!mustExit && FINISHED.test(output)) {
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(output);
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("exit", (code) => {
      if (!mustExit) return;
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`prisma migrate deploy exited ${code}:\n${output}`));
    });
  });
}

function scratchDirectory() {
  const dir = mkdtempSync(path.join(tmpdir(), "openleave-migrate-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, "pglite");
}

async function expectGuarantees(target: DatabaseTarget) {
  const handle = await connectDatabase(target);
  try {
    const pii = createPiiCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
    expect(await seedDemoData(handle.db, { pii })).toMatchObject({ seeded: true, programs: 4, claims: 8 });
    expect((await seedDemoData(handle.db, { pii })).seeded).toBe(false);
    const event = await handle.db.auditEvent.findFirstOrThrow();
    await expect(handle.db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    const numbers = await handle.db.$queryRawUnsafe<{ n: bigint }[]>("SELECT nextval('claim_number_seq') AS n");
    expect(Number(numbers[0]!.n)).toBeGreaterThanOrEqual(1000);
  } finally {
    await handle.close();
  }
}

describe("on embedded PGlite", () => {
  it("prisma migrate deploy applies every migration", async () => {
    const directory = scratchDirectory();
    const output = await migrateDeploy({ OPENLEAVE_PGLITE_DIR: directory }, false);
    expect(output).toMatch(/All migrations have been successfully applied/);
    for (const migration of listMigrations()) expect(output).toContain(migration.name);
    await expectGuarantees({ kind: "embedded", directory });
  });

  it("the in-process runner applies the same migrations, and the Prisma CLI agrees nothing is pending", async () => {
    const directory = scratchDirectory();
    const handle = await connectDatabase({ kind: "embedded", directory });
    expect(await applyEmbeddedMigrations(handle.pglite!)).toEqual(listMigrations().map((m) => m.name));
    expect(await applyEmbeddedMigrations(handle.pglite!)).toEqual([]);
    await handle.close();
    expect(await migrateDeploy({ OPENLEAVE_PGLITE_DIR: directory }, false)).toMatch(/No pending migrations to apply/);
    await expectGuarantees({ kind: "embedded", directory });
  });

  it("refuses to run on a database whose applied migration was edited since", async () => {
    const handle = await connectDatabase({ kind: "memory" });
    try {
      await applyEmbeddedMigrations(handle.pglite!);
      await handle.pglite!.query(`UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = $1`, [
        listMigrations()[0]!.name,
      ]);
      await expect(applyEmbeddedMigrations(handle.pglite!)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await handle.close();
    }
  });
});

describe.runIf(testDatabaseServerUrl())("on PostgreSQL", () => {
  it("prisma migrate deploy applies every migration, exits, and is a no-op the second time", async () => {
    const scratch = await createEmptyPostgresDatabase(testDatabaseServerUrl()!);
    cleanups.push(() => scratch.drop());
    expect(await migrateDeploy({ DATABASE_URL: scratch.url }, true)).toMatch(
      /All migrations have been successfully applied/,
    );
    expect(await migrateDeploy({ DATABASE_URL: scratch.url }, true)).toMatch(/No pending migrations to apply/);
    await expectGuarantees({ kind: "postgres", url: scratch.url });
  });
});
