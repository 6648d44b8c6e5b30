// `pnpm --filter @openleave/db roles`: the PostgreSQL path of `pnpm dev` (and a tool for
// administrators). Connected as an administrator (DATABASE_ADMIN_URL, else DATABASE_URL, if
// that role may create roles), it creates the owner and application roles
// (OPENLEAVE_DB_OWNER_ROLE / OPENLEAVE_DB_APP_ROLE, default openleave_owner / openleave_app),
// gives the database and everything in it to the owner, and prints the two connection strings
// as JSON: {"migrationUrl": …, "appUrl": …}. Passwords come from OPENLEAVE_DB_OWNER_PASSWORD /
// OPENLEAVE_DB_APP_PASSWORD, else are generated once into .data/postgres-roles.json. When the
// role cannot create roles it prints {} and changes nothing: it is taken to be the app role.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { dataDirectory } from "../paths.ts";
import { asRole, setupDatabaseRoles, setupRolesInDatabase } from "../roles.ts";

const adminUrl = process.env.DATABASE_ADMIN_URL?.trim() || process.env.DATABASE_URL?.trim();
if (!adminUrl) {
  console.log("{}");
  process.exit(0);
}
const roles = {
  owner: process.env.OPENLEAVE_DB_OWNER_ROLE ?? "openleave_owner",
  app: process.env.OPENLEAVE_DB_APP_ROLE ?? "openleave_app",
};
const database = decodeURIComponent(new URL(adminUrl).pathname.slice(1)) || "postgres";

await createDatabaseIfMissing(adminUrl, database);
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
try {
  const me = await admin.query<{ rolsuper: boolean; rolcreaterole: boolean }>(
    "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user",
  );
  if (!me.rows[0]?.rolsuper && !me.rows[0]?.rolcreaterole) {
    console.log("{}");
    process.exit(0);
  }
  const passwords = rolePasswords();
  await setupDatabaseRoles(admin, database, roles, passwords);
  // This process is the only one setting them: make the stored passwords the roles' own.
  for (const [kind, name] of Object.entries(roles) as ["owner" | "app", string][]) {
    await admin.query(`ALTER ROLE "${name}" PASSWORD ${pg.escapeLiteral(passwords[kind])}`);
  }
  await setupRolesInDatabase(admin, roles);
  console.log(
    JSON.stringify({
      migrationUrl: asRole(adminUrl, roles.owner, passwords.owner),
      appUrl: asRole(adminUrl, roles.app, passwords.app),
    }),
  );
} finally {
  await admin.end();
}

async function createDatabaseIfMissing(url: string, name: string) {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error;
    const server = new URL(url);
    server.pathname = "/postgres";
    const client = new pg.Client({ connectionString: server.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
    await client.end();
  }
}

function rolePasswords(): { owner: string; app: string } {
  const file = path.join(dataDirectory(), "postgres-roles.json");
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { owner?: string; app?: string }) : {};
  const passwords = {
    owner: process.env.OPENLEAVE_DB_OWNER_PASSWORD ?? saved.owner ?? randomBytes(18).toString("base64url"),
    app: process.env.OPENLEAVE_DB_APP_PASSWORD ?? saved.app ?? randomBytes(18).toString("base64url"),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(passwords), { mode: 0o600 });
  return passwords;
}
