// Test databases: a fresh, migrated database per call. Against PostgreSQL when
// TEST_DATABASE_URL is set (each database is created and dropped here), otherwise an
// in-memory PGlite, so the suite passes on a machine with nothing but Node.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectDatabase, type ConnectOptions, type DatabaseHandle } from "./client.ts";
import { migrateDatabase } from "./migrations.ts";
import { asRole, setupDatabaseRoles, setupRolesInDatabase, type DatabaseRoles } from "./roles.ts";

/**
 * The roles test databases use on PostgreSQL, as production does: migrations run as the owner,
 * the test's client connects as the app role (see roles.ts). Created on first use (`.ci/run`
 * creates them up front); shared by every test database on the server.
 */
export const TEST_DATABASE_ROLES: DatabaseRoles = { owner: "openleave_test_owner", app: "openleave_test_app" };
const TEST_ROLE_PASSWORD = "openleave-test-only";

export interface TestDatabase extends DatabaseHandle {
  /** Connection string when on PostgreSQL (for tests that start a server process): the app role. */
  url?: string;
  /** The same database as its owner (migrations, and tests that check what the app role may not do). */
  ownerUrl?: string;
  /** Closes the client and drops the database. */
  drop(): Promise<void>;
}

export function testDatabaseServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL?.trim() || undefined;
}

export async function createTestDatabase(options: Pick<ConnectOptions, "onQuery"> = {}): Promise<TestDatabase> {
  const serverUrl = testDatabaseServerUrl();
  if (!serverUrl) {
    const handle = await connectDatabase({ kind: "memory" }, options);
    await migrateDatabase({ kind: "memory", pglite: handle.pglite! });
    return { ...handle, drop: handle.close };
  }

  const name = `openleave_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const roles = TEST_DATABASE_ROLES;
  await withAdminClient(serverUrl, async (admin) => {
    await admin.query(`CREATE DATABASE "${name}"`);
    await setupDatabaseRoles(admin, name, roles, { owner: TEST_ROLE_PASSWORD, app: TEST_ROLE_PASSWORD });
  });
  const adminUrl = databaseUrl(serverUrl, name);
  const url = asRole(adminUrl, roles.app, TEST_ROLE_PASSWORD);
  const ownerUrl = asRole(adminUrl, roles.owner, TEST_ROLE_PASSWORD);
  // Migrations as the owner, then the app role's grants (by the administrator).
  await migrateDatabase({ kind: "postgres", url: ownerUrl });
  await withAdminClient(adminUrl, (admin) => setupRolesInDatabase(admin, roles));
  const handle = await connectDatabase({ kind: "postgres", url }, { poolSize: 5, ...options });
  return {
    ...handle,
    url,
    ownerUrl,
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
