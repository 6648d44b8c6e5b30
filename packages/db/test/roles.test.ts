// The application's database role cannot erase the audit trail (issue 12, finding 4). On
// PostgreSQL the API connects as a role that owns nothing: it may INSERT and SELECT audit rows
// but not UPDATE, DELETE or TRUNCATE them, nor ALTER a table, disable its trigger or switch off
// triggers with session_replication_role; tables a later migration adds are granted to it by
// default privileges. PGlite has a single user, so this runs on PostgreSQL only.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseServerUrl, type TestDatabase } from "../src/testing.ts";

describe.skipIf(!testDatabaseServerUrl())("the application role on PostgreSQL", () => {
  let database: TestDatabase;
  let app: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.auditEvent.create({ data: { action: "test.event", entityType: "Test", entityId: "1" } });
    app = new pg.Client({ connectionString: database.url });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await database?.drop();
  });

  const refused = (sql: string) => expect(app.query(sql)).rejects.toThrow(/permission denied|must be owner|denied/);

  it("is not a superuser and owns nothing", async () => {
    const role = await app.query(
      "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user",
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await app.query(
      "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = current_user",
    );
    expect(owned.rows[0].n).toBe(0);
  });

  it("may add and read audit rows", async () => {
    await app.query(`INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('test.insert', 'Test', '2')`);
    expect((await app.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it("cannot TRUNCATE, UPDATE or DELETE audit rows", async () => {
    await refused(`TRUNCATE "AuditEvent"`);
    await refused(`UPDATE "AuditEvent" SET action = 'erased'`);
    await refused(`DELETE FROM "AuditEvent"`);
    expect((await app.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it("cannot switch the append-only trigger off, nor ALTER or DROP tables", async () => {
    await refused(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`);
    await refused(`SET session_replication_role = replica`);
    await refused(`ALTER TABLE "Claim" ADD COLUMN sneaky text`);
    await refused(`DROP TABLE "Claim"`);
    await refused(`TRUNCATE "Claim"`);
  });

  it("gets the usual rights on a table a later migration adds, by default privileges", async () => {
    const owner = new pg.Client({ connectionString: database.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`CREATE TABLE "LaterTable" (id int PRIMARY KEY)`);
    } finally {
      await owner.end();
    }
    await app.query(`INSERT INTO "LaterTable" VALUES (1)`);
    await app.query(`UPDATE "LaterTable" SET id = 2`);
    expect((await app.query(`SELECT id FROM "LaterTable"`)).rows).toEqual([{ id: 2 }]);
    await refused(`TRUNCATE "LaterTable"`);
  });
});
