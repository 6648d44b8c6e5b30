// Test databases: a fresh, migrated database per call. Against PostgreSQL when
// TEST_DATABASE_URL is set (each database is created and dropped here), otherwise an
// in-memory PGlite, so the suite passes on a machine with nothing but Node.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectDatabase, type DatabaseHandle } from "./client.ts";
import { migrateDatabase } from "./migrations.ts";

export interface TestDatabase extends DatabaseHandle {
  /** Connection string when on PostgreSQL (for tests that start a server process). */
  url?: string;
  /** Closes the client and drops the database. */
  drop(): Promise<void>;
}

export function testDatabaseServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL?.trim() || undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testDatabaseServerUrl();
  if (!serverUrl) {
    const handle = await connectDatabase({ kind: "memory" });
    await migrateDatabase({ kind: "memory", pglite: handle.pglite! });
    return { ...handle, drop: handle.close };
  }

  const name = `openleave_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(serverUrl, name);
  await migrateDatabase({ kind: "postgres", url });
  const handle = await connectDatabase({ kind: "postgres", url }, { poolSize: 5 });
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

export async function createEmptyPostgresDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `openleave_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  return { url: databaseUrl(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
