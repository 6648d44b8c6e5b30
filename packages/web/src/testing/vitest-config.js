// How a web app (and this package) runs its component tests: jsdom, React, `@/` → src, and the
// shared setup file. Plain JavaScript (typed by JSDoc) because vitest hands config imports from
// other packages to Node, which cannot load TypeScript.
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const SETUP_FILE = fileURLToPath(new URL("./vitest-setup.ts", import.meta.url));

/** @param {string} rootDir The folder of the calling vitest.config.ts (`import.meta.dirname`). */
export function webVitestConfig(rootDir) {
  return defineConfig({
    plugins: [react()],
    resolve: {
      alias: { "@": path.resolve(rootDir, "src") },
    },
    test: {
      environment: "jsdom",
      setupFiles: [SETUP_FILE],
      include: ["src/**/*.test.{ts,tsx}"],
      css: false,
      // Component tests render USWDS forms in jsdom and type with user-event; under a loaded CI
      // machine (turbo runs packages in parallel) the 5 s default is too tight.
      testTimeout: 20_000,
    },
  });
}
