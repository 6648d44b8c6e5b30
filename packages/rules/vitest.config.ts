import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // A ceiling, not a performance check: the CLI tests start real processes, which can take
    // several seconds on a busy two-core CI machine.
    testTimeout: 60_000,
  },
});
