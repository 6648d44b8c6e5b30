// Two database roles on PostgreSQL: the OWNER runs migrations and owns every table; the APP
// role, which the API and the seed connect as, owns nothing, so it cannot TRUNCATE, ALTER,
// disable the audit trigger or change session_replication_role, and on "AuditEvent" it may
// only INSERT and SELECT. Default privileges give it the same rights on tables later
// migrations add, and `applyAppRoleGrants` runs after every migration to restate them.
import pg from "pg";

export interface DatabaseRoles {
  owner: string;
  app: string;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function quoteRole(name: string): string {
  if (!ROLE_NAME.test(name)) throw new Error(`Unsafe role name: ${name}`);
  return `"${name}"`;
}

/** What the app role may do, stated by the owner in its database (idempotent). */
export function appRoleGrantsSql(appRole: string): string {
  const app = quoteRole(appRole);
  return `
    GRANT USAGE ON SCHEMA public TO ${app};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app};
    -- The audit trail is append-only for the application, whatever the trigger says (and
    -- before the first migration there is nothing to restrict yet).
    DO $$ BEGIN
      IF to_regclass('"AuditEvent"') IS NOT NULL THEN
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM ${app}';
      END IF;
      IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
        EXECUTE 'REVOKE ALL ON "_prisma_migrations" FROM ${app}';
      END IF;
    END $$;
  `;
}

/** Restates the app role's grants, connected as the owner (after `prisma migrate deploy`). */
export async function applyAppRoleGrants(ownerUrl: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(appRoleGrantsSql(appRole));
  } finally {
    await client.end();
  }
}

/**
 * Run by an administrator (superuser or CREATEROLE): creates both roles if missing (passwords
 * set when given), makes the owner own the database, its public schema and everything already
 * in it, and states the app role's grants. Safe to run again.
 */
export async function setupDatabaseRoles(
  admin: pg.Client,
  database: string,
  roles: DatabaseRoles,
  passwords: Partial<Record<keyof DatabaseRoles, string>> = {},
): Promise<void> {
  for (const [kind, name] of Object.entries(roles) as [keyof DatabaseRoles, string][]) {
    await createRoleIfMissing(admin, name, passwords[kind]);
  }
  await admin.query(`GRANT ${quoteRole(roles.owner)} TO CURRENT_USER`).catch(() => undefined);
  await admin.query(`ALTER DATABASE "${database.replace(/"/g, "")}" OWNER TO ${quoteRole(roles.owner)}`);
  await admin.query(`GRANT CONNECT ON DATABASE "${database.replace(/"/g, "")}" TO ${quoteRole(roles.app)}`);
}

/** In the database itself (connected as an administrator): ownership and grants. */
export async function setupRolesInDatabase(admin: pg.Client, roles: DatabaseRoles): Promise<void> {
  const owner = quoteRole(roles.owner);
  await admin.query(`ALTER SCHEMA public OWNER TO ${owner}`);
  // Objects an earlier setup created as another role (a development database made by the
  // superuser) move to the owner, so the app role is left owning nothing.
  await admin.query(`
    DO $$
    DECLARE item record;
    BEGIN
      FOR item IN SELECT format('ALTER TABLE %I.%I OWNER TO ${owner}', schemaname, tablename) AS sql
                  FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '${roles.owner}' LOOP
        EXECUTE item.sql;
      END LOOP;
      FOR item IN SELECT format('ALTER SEQUENCE %I.%I OWNER TO ${owner}', sequence_schema, sequence_name) AS sql
                  FROM information_schema.sequences s
                  WHERE sequence_schema = 'public'
                    AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
                                    WHERE c.relname = s.sequence_name AND d.deptype = 'a') LOOP
        EXECUTE item.sql;
      END LOOP;
      FOR item IN SELECT format('ALTER FUNCTION %s OWNER TO ${owner}', p.oid::regprocedure) AS sql
                  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' LOOP
        EXECUTE item.sql;
      END LOOP;
      FOR item IN SELECT format('ALTER TYPE %I.%I OWNER TO ${owner}', n.nspname, t.typname) AS sql
                  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                  WHERE n.nspname = 'public' AND t.typtype = 'e' LOOP
        EXECUTE item.sql;
      END LOOP;
    END $$`);
  await admin.query(`SET ROLE ${owner}`);
  try {
    await admin.query(appRoleGrantsSql(roles.app));
  } finally {
    await admin.query("RESET ROLE");
  }
}

/** Creates a login role (with the password, if given); an existing role is left as it is. */
async function createRoleIfMissing(admin: pg.Client, name: string, password?: string) {
  const exists = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name]);
  if (exists.rowCount) return;
  try {
    await admin.query(
      `CREATE ROLE ${quoteRole(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION${password ? ` PASSWORD ${pg.escapeLiteral(password)}` : ""}`,
    );
  } catch (error) {
    // Another process created it a moment ago (tests create their databases in parallel).
    const code = (error as { code?: string }).code;
    if (code !== "42710" && code !== "23505") throw error;
  }
}

/** The user name in a connection string. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username || "postgres");
}

/** The same connection string as another role (and password). */
export function asRole(url: string, role: string, password?: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = password ? encodeURIComponent(password) : "";
  return parsed.toString();
}
