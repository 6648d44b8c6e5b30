import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The Prisma CLI takes minutes to start when eight checkouts share two cores.
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
