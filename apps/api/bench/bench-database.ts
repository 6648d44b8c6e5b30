// The benchmark's data: the demo seed plus BENCH_CLAIMS bulk claims (bulk-claims.sql) and a few
// claimant accounts for them, on a scratch PostgreSQL database or an embedded PGlite folder, and a
// way to time the hot reads' raw SQL against it.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { measureConcurrent, type LatencySample } from "@openleave/bench";
import { connectDatabase, DEMO_PASSWORD, migrateDatabase, seedDemoData } from "@openleave/db";
import { createPiiCipher, hashPassword } from "@openleave/crypto";
import { createEmptyPostgresDatabase } from "@openleave/db/testing";
import type { HotRead, HotReadIds } from "./hot-reads.ts";

export interface BenchDatabase {
  kind: "PostgreSQL" | "embedded PGlite";
  seedSeconds: number;
  ids: HotReadIds;
  claimantEmails: string[];
  /** Environment that points the API process at this database. */
  apiEnv: Record<string, string>;
  /** Times `count` runs of the read's SQL with `clients` in flight. */
  raw(read: HotRead, count: number, clients: number): Promise<LatencySample>;
  /** Lets go of the database so the API process can open it (PGlite is single-process). */
  releaseForApi(): Promise<void>;
  drop(): Promise<void>;
}

type Query = (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export async function prepareBenchDatabase(options: {
  serverUrl: string | undefined;
  claims: number;
  claimants: number;
  keys: { encryptionKey: Buffer; hashKey: Buffer };
  workDir: string;
}): Promise<BenchDatabase> {
  const bulkSql = readFileSync(path.resolve(import.meta.dirname, "bulk-claims.sql"), "utf8").replaceAll(
    ":count",
    String(options.claims),
  );
  const pii = createPiiCipher(options.keys);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const started = Date.now();

  if (options.serverUrl) {
    const scratch = await createEmptyPostgresDatabase(options.serverUrl);
    await migrateDatabase({ kind: "postgres", url: scratch.url });
    const handle = await connectDatabase({ kind: "postgres", url: scratch.url });
    await seedDemoData(handle.db, { pii });
    await handle.close();
    const pool = new pg.Pool({ connectionString: scratch.url, max: 100 });
    const query: Query = (sql, params) => pool.query(sql, params);
    await query(bulkSql);
    const facts = await benchFacts(query, options.claimants, passwordHash);
    return {
      kind: "PostgreSQL",
      seedSeconds: (Date.now() - started) / 1000,
      ...facts,
      apiEnv: { DATABASE_URL: scratch.url },
      // A pool as large as the most clients, so the baseline never queues for a connection.
      raw: (read, count, clients) =>
        measureConcurrent(count, clients, (i) => pool.query(read.sql, read.params(i, facts.ids))),
      releaseForApi: () => pool.end(),
      // BENCH_KEEP_DATABASE=1 keeps the scratch database for EXPLAIN sessions afterwards.
      drop: () =>
        process.env.BENCH_KEEP_DATABASE ? (console.log(`kept ${scratch.url}`), Promise.resolve()) : scratch.drop(),
    };
  }

  const directory = path.join(options.workDir, "pglite");
  const handle = await connectDatabase({ kind: "embedded", directory });
  const pglite = handle.pglite!;
  await migrateDatabase({ kind: "embedded", pglite });
  await seedDemoData(handle.db, { pii });
  await pglite.exec(bulkSql);
  const query: Query = (sql, params) => pglite.query(sql, params);
  const facts = await benchFacts(query, options.claimants, passwordHash);
  return {
    kind: "embedded PGlite",
    seedSeconds: (Date.now() - started) / 1000,
    ...facts,
    apiEnv: { OPENLEAVE_PGLITE_DIR: directory },
    // One connection in one process: however many clients, PGlite answers one statement at a time.
    raw: (read, count, clients) => measureConcurrent(count, clients, (i) => query(read.sql, read.params(i, facts.ids))),
    releaseForApi: () => handle.close(),
    drop: async () => {},
  };
}

/** Sample claim ids, the employer whose administrator signs in, and claimant accounts. */
async function benchFacts(query: Query, claimants: number, passwordHash: string) {
  const claimIds = (
    await query(`SELECT id FROM "Claim" WHERE "claimNumber" LIKE 'BENCH-%' ORDER BY random() LIMIT 5000`)
  ).rows.map((r) => String(r.id));
  const employer = await query(
    `SELECT la."employerId" FROM "LeaveAdministrator" la JOIN "User" u ON u.id = la."userId"
     WHERE u.email = 'hr@evergreen-robotics.test' AND la."verifiedAt" IS NOT NULL ORDER BY la."employerId" LIMIT 1`,
  );
  // Claimant accounts for bulk people (two claims each), all with the demo password.
  const people = await query(
    `INSERT INTO "User" (id, email, name, roles, "passwordHash", "personId", "updatedAt")
     SELECT gen_random_uuid(), 'bench-claimant-' || n || '@openleave.test', 'Bench claimant ' || n,
            ARRAY['CLAIMANT']::"Role"[], $1, id, now()
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Person" WHERE "ssnHash" LIKE 'bench-hash-%' ORDER BY id LIMIT $2) p
     RETURNING email, "personId"`,
    [passwordHash, claimants],
  );
  const accounts = people.rows.map((r) => ({ email: String(r.email), personId: String(r.personId) }));
  return {
    ids: {
      claimIds,
      employerId: String(employer.rows[0]!.employerId),
      claimantPersonIds: accounts.map((a) => a.personId),
    },
    claimantEmails: accounts.map((a) => a.email),
  };
}
