// `pnpm --filter @openleave/db migrate:dev --name <what>`: writes a new migration holding the SQL
// that takes the checked-in migrations to `prisma/schema.prisma` (computed on scratch in-memory
// databases, see src/schema-diff.ts). It does not touch your database: apply it with
// `pnpm db:migrate` (or restart `pnpm dev`), after reading what it wrote.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrationsDirectory } from "../paths.ts";
import { diffMigrationsToSchema } from "../schema-diff.ts";

const { values } = parseArgs({ options: { name: { type: "string", short: "n" } } });
const name = (values.name ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_+|_+$/g, "");
if (!name) {
  console.error("Name the migration: pnpm --filter @openleave/db migrate:dev --name <what_it_does>");
  process.exit(2);
}

const sql = await diffMigrationsToSchema();
if (!sql.trim()) {
  console.log("schema.prisma and the migrations agree: there is nothing to migrate.");
  process.exit(0);
}
// The folder starts with the moment it is written (UTC), so merged branches keep their order.
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(migrationsDirectory, `${stamp}_${name}`);
mkdirSync(folder);
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(
  `${sql}\nWrote ${path.relative(process.cwd(), folder)}/migration.sql. Read it, then run \`pnpm db:migrate\`.`,
);
