import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { migrationsDirectory } from "./paths.ts";

export interface Migration {
  name: string;
  sql: string;
}

/** The checked-in Prisma migrations, oldest first (folder names start with a timestamp). */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDirectory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      sql: readFileSync(path.join(migrationsDirectory, name, "migration.sql"), "utf8"),
    }));
}
