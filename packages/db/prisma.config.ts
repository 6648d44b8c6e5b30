import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI is used for one thing here: `prisma generate`. Prisma 7's CLI runs migrations
// only through its native schema engine, which is downloaded from a host offline machines cannot
// reach, so migrations are applied in process on both databases (src/migrations.ts) and new ones
// are written with the WebAssembly schema engine (src/cli/migrate-dev.ts).
// `prisma generate` never starts the schema engine, but the CLI fetches it before any command
// unless told where one is. Pointing it at a stand-in that refuses to run keeps generate offline
// and makes any command that does need the engine fail at once instead of hanging on a download.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/no-schema-engine.sh");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
