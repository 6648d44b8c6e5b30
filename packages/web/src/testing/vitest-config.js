// How a web app (and this package) runs its component tests: jsdom, React, `@/` → src, the
// app's next-intl request configuration, and the shared setup file. Plain JavaScript (typed by
// JSDoc) because vitest hands config imports from other packages to Node, which cannot load
// TypeScript.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const SETUP_FILE = fileURLToPath(new URL("./vitest-setup.ts", import.meta.url));
// As in the apps (webNextConfig): next-intl formats precompiled messages with its small formatter.
const FORMAT_ONLY = createRequire(import.meta.url).resolve("use-intl/format-message/format-only");

/**
 * @param {string} rootDir The folder of the calling vitest.config.ts (`import.meta.dirname`).
 * @param {{ requestConfig?: string }} [options] The request configuration Server Components are
 *   tested with, relative to rootDir (next-intl's `next-intl/config`; the app's own by default).
 */
export function webVitestConfig(rootDir, { requestConfig = "src/i18n/request.ts" } = {}) {
  return defineConfig({
    plugins: [react()],
    resolve: {
      alias: {
        "@": path.resolve(rootDir, "src"),
        // What next-intl's Next plugin does in the apps; the vitest setup's next-intl/server
        // stand-in reads it.
        "next-intl/config": path.resolve(rootDir, requestConfig),
        "use-intl/format-message": FORMAT_ONLY,
      },
    },
    test: {
      environment: "jsdom",
      setupFiles: [SETUP_FILE],
      include: ["src/**/*.test.{ts,tsx}"],
      css: false,
      // Through Vite, so that the `use-intl/format-message` alias above reaches next-intl's own imports.
      server: { deps: { inline: [/\/(next-intl|use-intl)\//] } },
      // Component tests render USWDS forms in jsdom and type with user-event; under a loaded CI
      // machine (turbo runs packages in parallel) the 5 s default is too tight.
      testTimeout: 20_000,
    },
  });
}
