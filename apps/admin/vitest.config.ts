import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname, "src") },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    // Component tests render USWDS forms in jsdom and type with user-event; under a loaded CI
    // machine (turbo runs packages in parallel) the 5 s default is too tight.
    testTimeout: 20_000,
  },
});
