import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PrismaPg as MigrationAdapter } from "@prisma/adapter-pg-migrate";
import { defineConfig } from "prisma/config";

// Prisma's CLI runs migrations through a driver adapter (the JavaScript engine), because the
// native schema engine cannot be downloaded on offline machines. DATABASE_URL chooses
// PostgreSQL; without it the embedded PGlite database under the repository's .data folder is used.
const databaseUrl = process.env.DATABASE_URL;

// The schema's datasource block must parse even though the adapter makes every connection.
if (!databaseUrl) process.env.DATABASE_URL = "postgresql://embedded-pglite/openleave";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    if (databaseUrl) {
      // adapter-pg 7.x maps PostgreSQL's `name` and `"char"` columns, which the migration
      // engine reads from the catalog; the 6.19 adapter cannot (prisma/prisma#27403).
      const { PrismaPg } = await import("@prisma/adapter-pg-migrate");
      return new PrismaPg({ connectionString: databaseUrl });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // Same resolution as src/paths.ts (kept inline: the CLI loads this file on its own).
    const dataDir =
      process.env.OPENLEAVE_PGLITE_DIR ??
      path.join(process.env.OPENLEAVE_DATA_DIR ?? path.resolve(import.meta.dirname, "../../.data"), "pglite");
    mkdirSync(dataDir, { recursive: true });
    // Typed against an older driver-adapter-utils; see src/client.ts.
    return new PrismaPGlite(new PGlite(dataDir)) as unknown as MigrationAdapter;
  },
});
