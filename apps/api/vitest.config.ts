import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for Pothos and
    // Apollo; Vite would pick the ESM one for our code, and two graphql instances refuse to
    // mix. Point our code at the same build Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Each file builds its own database (PGlite in memory, or PostgreSQL when
    // TEST_DATABASE_URL is set); the first build of the schema takes a few seconds.
    testTimeout: 30_000,
    // Generous: starting an API on a fresh database, seeded, with a dozen argon2 sign-ins, takes
    // minutes when eight checkouts share two cores.
    hookTimeout: 240_000,
    env: { NODE_ENV: "test" },
  },
});
